package dk.sambo.portal.qa.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * Why and by whom a post's text was removed for good. Redaction is irreversible, so it is never done without a
 * reason (checked by the CPR guard like every free text); the audit trail names only the post.
 */
@Entity
@Table(name = "qa_redaction")
public class Redaction extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "post_type", nullable = false, length = 20)
    private PostType postType = PostType.QUESTION;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(nullable = false, length = 500)
    @NoPatientData
    private String reason = "";

    @Column(name = "redacted_by", nullable = false)
    private long redactedBy;

    @Column(name = "redacted_at", nullable = false)
    private Instant redactedAt = Instant.EPOCH;

    protected Redaction() {
    }

    public Redaction(PostType postType, long postId, String reason, long redactedBy, Instant redactedAt) {
        this.postType = postType;
        this.postId = postId;
        this.reason = reason;
        this.redactedBy = redactedBy;
        this.redactedAt = redactedAt;
    }

    public PostType getPostType() {
        return postType;
    }

    public long getPostId() {
        return postId;
    }

    public String getReason() {
        return reason;
    }

    public long getRedactedBy() {
        return redactedBy;
    }
}
