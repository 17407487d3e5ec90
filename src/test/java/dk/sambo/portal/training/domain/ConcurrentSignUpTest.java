package dk.sambo.portal.training.domain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.OrganisationService;

/** 200 concurrent sign-ups for 50 seats on HSQLDB (the embedded database); see the PostgreSQL twin. */
@PortalTest
class ConcurrentSignUpTest {

    @Autowired
    TrainingSessions trainingSessions;

    @Autowired
    SignUps signUps;
    @Autowired
    RegistrationRepository registrations;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    @Test
    void two_hundred_concurrent_sign_ups_for_fifty_seats_give_fifty_seats_and_a_waitlist_in_order()
            throws Exception {
        ConcurrentSignUps.run(trainingSessions, signUps, registrations, organisation, users, clock);
    }
}
