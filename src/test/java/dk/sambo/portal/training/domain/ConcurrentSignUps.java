package dk.sambo.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;

/**
 * The load scenario shared by the HSQLDB and PostgreSQL tests: 200 people sign up at once for 50 seats. Exactly
 * 50 get a seat and 150 wait, and the seats go to the first 50 in the order the database served them.
 */
final class ConcurrentSignUps {

    private ConcurrentSignUps() {
    }

    static void run(TrainingSessions trainingSessions, SignUps signUps, RegistrationRepository registrations, OrganisationService organisation,
            UserDetailsService users, Clock clock) throws Exception {
        AuthenticatedAs.login(users, "implementering");
        long cluster = TrainingFixtures.lillebaelt(organisation);
        var session = trainingSessions.create(TrainingFixtures.step2(cluster, clock.instant(), 50, false));
        var people = new ArrayList<PersonSummary>();
        for (var o : organisation.organisations()) {
            for (var u : organisation.unitsOf(o.id())) {
                organisation.activePeopleIn(u.id()).stream()
                        .filter(p -> p.unitId() != null && p.unitId() == u.id()).forEach(people::add);
            }
        }
        AuthenticatedAs.logout();
        assertThat(people).hasSizeGreaterThanOrEqualTo(200);
        Collections.shuffle(people, new java.util.Random(7));
        var signers = people.subList(0, 200);

        var pool = Executors.newFixedThreadPool(24);
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<RegistrationStatus>>();
        for (var person : signers) {
            results.add(pool.submit(() -> {
                start.await();
                return ActingPerson.as(person.id(), person.name(),
                        () -> signUps.signUpLocked(session.id(), person.id(), List.of(), person.name()));
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        int approved = 0;
        int waitlisted = 0;
        for (var r : results) {
            switch (r.get()) {
                case APPROVED -> approved++;
                case WAITLISTED -> waitlisted++;
                default -> throw new AssertionError("Unexpected " + r.get());
            }
        }
        assertThat(approved).isEqualTo(50);
        assertThat(waitlisted).isEqualTo(150);

        var rows = registrations.findBySessionIdOrderByQueueNo(session.id());
        assertThat(rows).hasSize(200);
        assertThat(rows.stream().map(Registration::getQueueNo).distinct()).hasSize(200);
        // In order: the 50 seats are the first 50 queue numbers, the waitlist is everyone after them.
        assertThat(rows.subList(0, 50)).allMatch(r -> r.getStatus() == RegistrationStatus.APPROVED);
        assertThat(rows.subList(50, 200)).allMatch(r -> r.getStatus() == RegistrationStatus.WAITLISTED);

        // The waitlist positions people see run 1..150 without gaps.
        var positions = new ArrayList<Long>();
        for (var r : rows.subList(50, 200)) {
            positions.add(registrations.waitlistedBefore(session.id(), r.getQueueNo()) + 1);
        }
        assertThat(positions).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 150).boxed()
                .toList());
    }
}
