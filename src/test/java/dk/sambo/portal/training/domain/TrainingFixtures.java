package dk.sambo.portal.training.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import dk.sambo.portal.organisation.OrganisationService;

/** Session data for tests, relative to a given "now" (the test clock). */
final class TrainingFixtures {

    private TrainingFixtures() {
    }

    static long lillebaelt(OrganisationService organisation) {
        return organisation.clusters().stream().filter(c -> "LILLEBAELT".equals(c.code())).findFirst()
                .orElseThrow().id();
    }

    static SessionData step2(long clusterId, Instant now, int capacity, boolean approval) {
        var start = now.plus(Duration.ofDays(3));
        return new SessionData(SessionType.CROSS_SECTOR_STEP2, "Testundervisning " + System.nanoTime(),
                "Beskrivelse", start, start.plus(Duration.ofHours(2)), "Kolding Rådhus", null, SessionScope.CLUSTER,
                clusterId, EnumSet.of(Audience.STAFF_IN_DEPTH, Audience.STAFF_OVERALL), capacity, null, approval,
                List.of());
    }

    static SessionData practice(long unitId, Instant now) {
        var start = now.plus(Duration.ofDays(1));
        return new SessionData(SessionType.PRACTICE_TRAINING, "Praksistræning " + System.nanoTime(), null, start,
                start.plus(Duration.ofMinutes(30)), "Mødelokalet", null, SessionScope.UNIT, unitId,
                EnumSet.of(Audience.STAFF_IN_DEPTH), 10, null, false, List.of());
    }
}
