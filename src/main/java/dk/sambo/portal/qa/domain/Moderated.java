package dk.sambo.portal.qa.domain;

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
public class Moderated {

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

    public void hide(String reason, long by, Instant at) {
        hidden = true;
        hiddenReason = reason;
        hiddenBy = by;
        hiddenAt = at;
    }

    public void unhide() {
        hidden = false;
        hiddenReason = null;
        hiddenBy = null;
        hiddenAt = null;
    }

    public void redacted(long by, Instant at) {
        redactedBy = by;
        redactedAt = at;
    }

    /** The author wrote new text after a redaction: it is shown again. */
    public void textReplaced() {
        redactedBy = null;
        redactedAt = null;
    }

    public boolean isHidden() {
        return hidden;
    }

    public @Nullable String hiddenReason() {
        return hiddenReason;
    }

    public boolean isRedacted() {
        return redactedAt != null;
    }
}
