package dk.sambo.portal.qa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;

/** A comment or follow-up on a question or one of its answers; a reopening is a comment of kind REOPEN. */
@Entity
@Table(name = "qa_comment")
class Comment extends AbstractEntity {

    enum Kind {
        COMMENT, REOPEN
    }

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "answer_id")
    private @Nullable Long answerId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind = Kind.COMMENT;

    @Column(nullable = false, length = 2000)
    private String body = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = 500)
    private @Nullable String hiddenReason;

    @Column(name = "hidden_by")
    private @Nullable Long hiddenBy;

    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;

    @Column(name = "redacted_at")
    private @Nullable Instant redactedAt;

    @Column(name = "redacted_by")
    private @Nullable Long redactedBy;

    protected Comment() {
    }

    Comment(long questionId, @Nullable Long answerId, long authorId, Kind kind, String body, Instant createdAt) {
        this.questionId = questionId;
        this.answerId = answerId;
        this.authorId = authorId;
        this.kind = kind;
        this.body = body;
        this.createdAt = createdAt;
    }

    void hide(String reason, long by, Instant at) {
        this.hidden = true;
        this.hiddenReason = reason;
        this.hiddenBy = by;
        this.hiddenAt = at;
    }

    void unhide() {
        this.hidden = false;
        this.hiddenReason = null;
        this.hiddenBy = null;
        this.hiddenAt = null;
    }

    void redact(long by, Instant at) {
        this.body = "";
        this.redactedBy = by;
        this.redactedAt = at;
    }

    long getQuestionId() {
        return questionId;
    }

    @Nullable Long getAnswerId() {
        return answerId;
    }

    long getAuthorId() {
        return authorId;
    }

    Kind getKind() {
        return kind;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isHidden() {
        return hidden;
    }

    @Nullable String getHiddenReason() {
        return hiddenReason;
    }

    boolean isRedacted() {
        return redactedAt != null;
    }
}
