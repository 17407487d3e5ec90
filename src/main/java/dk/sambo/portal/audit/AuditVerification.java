package dk.sambo.portal.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the hash chain: how many events were checked, the chain head (its last place and hash,
 * worth writing down outside the portal: a later verify against it also proves nothing was cut off the end) and
 * every break found.
 */
public record AuditVerification(long checked, long headSeq, String headHash, List<Problem> problems) {

    public boolean intact() {
        return problems.isEmpty();
    }

    public enum Kind {
        /** The event's fields or hash no longer match its hash: it was changed. */
        CHANGED,
        /** Places {@code fromSeq}..{@code toSeq} of the chain are gone: rows were removed. */
        MISSING,
        /** Events outside the chain (no place or hash): written behind the portal's back. */
        UNCHAINED,
        /** The chain head does not match the last event: the head, or the end of the trail, was tampered with. */
        HEAD_MISMATCH
    }

    /** One break; {@code eventId} names the row where there is one. */
    public record Problem(Kind kind, long fromSeq, long toSeq, @Nullable Long eventId) {
    }
}
