package dk.sambo.portal.training.domain;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The calendar's filters; null or empty means "all". A cluster matches sessions for the cluster and for
 * organisations and units working in it; an organisation matches its own and its units' sessions.
 */
public record CalendarFilter(@Nullable Long clusterId, @Nullable Long organisationId, Set<SessionType> types,
        @Nullable Audience audience, boolean mineOnly) {

    public static final CalendarFilter ALL = new CalendarFilter(null, null, Set.of(), null, false);
}
