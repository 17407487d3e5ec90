package dk.sambo.portal.qa.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.privacy.NoPatientData;

/** The text a post had before one edit. A redaction wipes it together with the post. */
@Entity
@Table(name = "qa_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_type", nullable = false, length = 20)
    private PostType postType = PostType.QUESTION;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(length = 200)
    @NoPatientData private @Nullable String title;

    @Column(nullable = false, length = 10000)
    @NoPatientData private String body = "";

    @Column(name = "edited_by", nullable = false)
    private long editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt = Instant.EPOCH;

    @Column(nullable = false)
    private boolean redacted;

    protected Revision() {
    }

    public Revision(PostType postType, long postId, @Nullable String title, String body, long editedBy, Instant editedAt) {
        this.postType = postType;
        this.postId = postId;
        this.title = title;
        this.body = body;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    public void redact() {
        this.title = title == null ? null : "";
        this.body = "";
        this.redacted = true;
    }

    public @Nullable Long getId() {
        return id;
    }

    public PostType getPostType() {
        return postType;
    }

    public long getPostId() {
        return postId;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public long getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isRedacted() {
        return redacted;
    }
}
