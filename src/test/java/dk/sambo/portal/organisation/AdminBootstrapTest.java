package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.PortalTest;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.domain.OrgDataQueries;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;

/**
 * {@code portal.bootstrap.admins} on its own (the whole first start is {@code FirstStartIT}): only a verified
 * e-mail on the list counts, and only while no active administrator exists. Each case runs in a transaction that
 * is rolled back, with the demo's administrators deactivated inside it, so the demo data stays as it is.
 */
@PortalTest
class AdminBootstrapTest {

    @Autowired
    OrgDataQueries queries;
    @Autowired
    PersonRepository people;
    @Autowired
    RoleAssignmentRepository assignments;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private AdminBootstrap bootstrap() {
        return new AdminBootstrap(List.of(" IT-Drift@RSYD.example "), queries, people, assignments, audit, clock);
    }

    private void withoutActiveAdministrators(Runnable check) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("update person set active = false where id in"
                    + " (select person_id from role_assignment where role = 'ADMIN')");
            assertThat(queries.countActiveAdmins()).isZero();
            check.run();
            status.setRollbackOnly();
        });
    }

    @Test
    void an_unverified_email_on_the_list_never_makes_an_administrator() {
        withoutActiveAdministrators(() -> {
            assertThat(bootstrap().claim("it-drift@rsyd.example", false, "Ida IT", "https://idp.example")).isFalse();
            assertThat(queries.countActiveAdmins()).isZero();
            // The same login with the e-mail verified is granted: it was the verification that was missing.
            assertThat(bootstrap().claim("it-drift@rsyd.example", true, "Ida IT", "https://idp.example")).isTrue();
            assertThat(queries.countActiveAdmins()).isEqualTo(1);
        });
    }

    @Test
    void an_email_not_on_the_list_or_a_second_bootstrap_login_changes_nothing() {
        withoutActiveAdministrators(() -> {
            assertThat(bootstrap().claim("someone.else@rsyd.example", true, "Else", "https://idp.example")).isFalse();
            assertThat(bootstrap().claim("It-Drift@rsyd.example", true, "Ida IT", "https://idp.example")).isTrue();
            // Once an administrator exists the list does nothing, even for the same address.
            assertThat(bootstrap().claim("it-drift@rsyd.example", true, "Ida IT", "https://idp.example")).isFalse();
            assertThat(queries.countActiveAdmins()).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'BOOTSTRAP_ADMIN_GRANTED'"
                    + " and details like '%person created%'", Long.class)).isGreaterThanOrEqualTo(1);
        });
    }
}
