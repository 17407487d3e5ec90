package dk.sambo.portal.training.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an organiser enters for a session. {@code scopeId} is the id of the cluster, organisation or unit named by
 * {@code scope}. A null sign-up deadline means "until the start". The creator is always an organiser.
 */
public record SessionData(SessionType type, String title, @Nullable String description, Instant start,
        Instant end, @Nullable String place, @Nullable String onlineLink, SessionScope scope, long scopeId,
        Set<Audience> audiences, int capacity, @Nullable Instant signupDeadline, boolean approvalRequired,
        List<Long> organiserIds) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PLACE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int CAPACITY_MAX = 1000;
}
