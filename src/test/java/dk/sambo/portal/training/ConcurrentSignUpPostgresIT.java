package dk.sambo.portal.training;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.persistence.PostgresTest;

/**
 * The same 200-for-50 sign-up race on PostgreSQL, where row locks behave differently from HSQLDB. Runs in the
 * shared {@link PostgresTest} context (PostgreSQL test database, wiped and migrated when that context starts; skipped,
 * not failed, when no PostgreSQL answers, except on CI), instead of a portal context and demo data of its own.
 */
@PostgresTest
class ConcurrentSignUpPostgresIT {

    @Autowired
    TrainingCalendar calendar;
    @Autowired
    RegistrationRepository registrations;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    @Test
    void two_hundred_concurrent_sign_ups_for_fifty_seats_give_fifty_seats_and_a_waitlist_in_order_on_postgresql()
            throws Exception {
        ConcurrentSignUps.run(calendar, registrations, organisation, users, clock);
    }
}
