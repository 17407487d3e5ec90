package dk.sambo.portal.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.materials.LaunchCascade.State;
import dk.sambo.portal.organisation.OrganisationLeaders;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.persistence.PostgresTest;

/**
 * The cascade on PostgreSQL (production's database): the demo rows, forward, both confirmations and the reminder
 * query with its timestamps, through the same services as on HSQLDB. Rolled back after the test.
 */
@PostgresTest
@Transactional
class LaunchCascadePostgresIT {

    @Autowired LaunchCascade cascade;
    @Autowired LaunchCascadeRepository rows;
    @Autowired LaunchCascadeNotices notices;
    @Autowired OrganisationService organisation;
    @Autowired OrganisationLeaders leaders;
    @Autowired PersonAccounts accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestClock clock;

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
        clock.reset();
    }

    @Test
    void forward_confirm_and_remind_work_on_postgresql() {
        clock.reset();
        var f = new CascadeFixture(organisation, leaders, accounts, users, jdbc);
        long lillebaelt = f.cluster("LILLEBAELT");
        long kolding = f.org("KOLDING_KOMMUNE");
        f.login("implementering");
        assertThat(cascade.status(lillebaelt)).extracting(LaunchCascade.OrganisationStatus::state)
                .containsExactly(State.NOT_FORWARDED, State.FORWARDED, State.FORWARDED, State.RECEIVED,
                        State.RECEIVED, State.PASSED_ON, State.PASSED_ON);
        var rowId = cascade.forward(lillebaelt, kolding);
        assertThat(f.notices(rowId)).hasSize(5);

        f.login("direktoer");
        cascade.confirmReceived(rowId);
        clock.advance(Duration.ofDays(3));
        cascade.confirmPassedOn(rowId);
        assertThat(rows.findById(rowId).orElseThrow().passedOnAt()).isEqualTo(TestClock.START.plus(Duration.ofDays(3)));
        assertThat(f.auditActions(rowId)).containsExactly("LAUNCH_PACKAGE_FORWARDED", "LAUNCH_PACKAGE_RECEIVED",
                "LAUNCH_PACKAGE_PASSED_ON");

        AuthenticatedAs.logout();
        clock.reset();
        var job = new LaunchPackageReminders(rows, notices, transactions, clock, 14, 7);
        assertThat(job.sendDueReminders()).isEqualTo(6);
        assertThat(job.sendDueReminders()).isZero();
    }
}
