package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.StatementCounter;

/** Issue 15: a person's grants are read once per request, and a change of role counts at once all the same. */
@PortalTest
class GrantsOfTheRequestTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    AccessControl access;
    @Autowired
    PeopleAdministration people;
    @Autowired
    CurrentPerson currentPerson;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void aRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void end() {
        RequestContextHolder.resetRequestAttributes();
        AuthenticatedAs.logout();
    }

    @Test
    void within_one_request_the_grants_are_read_once() {
        AuthenticatedAs.login(users, "implementering");
        assertThat(StatementCounter.count(() -> access.hasRole(Role.IMPLEMENTING))).isEqualTo(1);
        assertThat(StatementCounter.count(() -> {
            access.hasRole(Role.ADMIN);
            access.roles();
            access.visibility(Role.IMPLEMENTING);
        })).isZero();
    }

    @Test
    void the_next_request_reads_them_again() {
        AuthenticatedAs.login(users, "implementering");
        access.roles();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(StatementCounter.count(access::roles)).isEqualTo(1);
    }

    @Test
    void a_role_granted_or_revoked_in_the_request_counts_at_once() {
        AuthenticatedAs.login(users, "admin");
        long me = currentPerson.requireId();
        assertThat(access.hasRole(Role.IMPLEMENTING)).isFalse();

        var granted = people.grant(me, Role.IMPLEMENTING, ScopeType.REGION, null);
        assertThat(access.hasRole(Role.IMPLEMENTING)).as("after the grant").isTrue();

        people.revoke(granted.assignmentId());
        assertThat(access.hasRole(Role.IMPLEMENTING)).as("after the revocation").isFalse();
    }

    @Test
    void a_grant_read_back_in_a_transaction_that_rolls_back_does_not_stay() {
        AuthenticatedAs.login(users, "admin");
        long me = currentPerson.requireId();
        transactions.executeWithoutResult(status -> {
            people.grant(me, Role.IMPLEMENTING, ScopeType.REGION, null);
            assertThat(access.hasRole(Role.IMPLEMENTING)).as("inside the transaction").isTrue();
            status.setRollbackOnly();
        });
        assertThat(access.hasRole(Role.IMPLEMENTING)).as("after the rollback").isFalse();
    }
}
