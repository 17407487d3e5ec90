package dk.sambo.portal.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What an access-log request asks for: events where a person is the actor or the subject (the object itself, or
 * one of the people an event names, e.g. on a participant list that was read), of one kind, in a period
 * ({@code from} inclusive, {@code to} exclusive). Every part is optional.
 */
public record AuditFilter(@Nullable Long personId, @Nullable String action, @Nullable Instant from,
        @Nullable Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    /** The filter as text for the trail itself, e.g. "person=12 action=LOGIN_FAILED from=... to=...". */
    public String describe() {
        return "person=" + (personId == null ? "*" : personId) + " action=" + (action == null ? "*" : action)
                + " from=" + (from == null ? "*" : from) + " to=" + (to == null ? "*" : to);
    }
}
