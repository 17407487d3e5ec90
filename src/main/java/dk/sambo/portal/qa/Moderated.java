package dk.sambo.portal.qa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * What moderators did to a post (question, answer or comment): hidden with a reason, and whether its text was
 * redacted. The same columns in each post's table.
 */
@Embeddable
class Moderated {

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = 500)
    @NoPatientData private @Nullable String hiddenReason;

    @Column(name = "hidden_by")
    private @Nullable Long hiddenBy;

    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;

    @Column(name = "redacted_at")
    private @Nullable Instant redactedAt;

    @Column(name = "redacted_by")
    private @Nullable Long redactedBy;

    void hide(String reason, long by, Instant at) {
        hidden = true;
        hiddenReason = reason;
        hiddenBy = by;
        hiddenAt = at;
    }

    void unhide() {
        hidden = false;
        hiddenReason = null;
        hiddenBy = null;
        hiddenAt = null;
    }

    void redacted(long by, Instant at) {
        redactedBy = by;
        redactedAt = at;
    }

    /** The author wrote new text after a redaction: it is shown again. */
    void textReplaced() {
        redactedBy = null;
        redactedAt = null;
    }

    boolean isHidden() {
        return hidden;
    }

    @Nullable String hiddenReason() {
        return hiddenReason;
    }

    boolean isRedacted() {
        return redactedAt != null;
    }
}
