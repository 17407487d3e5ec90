package dk.sambo.portal.training;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A calendar session was created, changed or cancelled. Scope ids say whom it is for (cluster, organisation or
 * unit; null where not that narrow). {@code approvedCount} is the number of approved seats now.
 */
public record SessionChanged(long sessionId, String sessionType, Instant start, Instant end,
        @Nullable Long clusterId, @Nullable Long organisationId, @Nullable Long unitId, int capacity,
        int approvedCount, boolean cancelled) {
}
