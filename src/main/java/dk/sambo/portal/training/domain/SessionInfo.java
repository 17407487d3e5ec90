package dk.sambo.portal.training.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.organisation.PersonSummary;

/**
 * A session as the session page shows it, with seat counts and what the reader may do. {@code version} is for
 * the edit form's conflict check; {@code attended} counts participants marked as having taken part;
 * {@code inAudience} says whether the reader belongs to one of the target groups (a hint, not a rule).
 */
public record SessionInfo(long id, long version, SessionType type, String title, @Nullable String description,
        Instant start, Instant end, @Nullable String place, @Nullable String onlineLink, SessionScope scope,
        long scopeId, String scopeName, Set<Audience> audiences, int capacity, int approved, int waitlisted,
        int pending, int attended, Instant signupDeadline, boolean approvalRequired, List<PersonSummary> organisers,
        @Nullable Instant cancelledAt, boolean mayManage, boolean inScope, boolean inAudience, Instant now) {

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public int seatsLeft() {
        return Math.max(0, capacity - approved);
    }

    public boolean signUpOpen() {
        return !cancelled() && now.isBefore(signupDeadline) && now.isBefore(start);
    }

    public boolean started() {
        return !now.isBefore(start);
    }

    public List<Long> organiserIds() {
        return organisers.stream().map(PersonSummary::id).toList();
    }

    /** The data as the edit form starts from it. */
    public SessionData toData() {
        return new SessionData(type, title, description, start, end, place, onlineLink, scope, scopeId, audiences,
                capacity, signupDeadline, approvalRequired, organiserIds());
    }
}
