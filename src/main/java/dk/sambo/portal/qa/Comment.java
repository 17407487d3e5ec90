package dk.sambo.portal.qa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind = Kind.COMMENT;

    @Column(nullable = false, length = 2000)
    @NoPatientData private String body = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;







    @Embedded
    private Moderated moderation = new Moderated();

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
        moderation.hide(reason, by, at);
    }

    void unhide() {
        moderation.unhide();
    }

    void redact(long by, Instant at) {
        this.body = "";
        moderation.redacted(by, at);
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
        return moderation.isHidden();
    }

    @Nullable String getHiddenReason() {
        return moderation.hiddenReason();
    }

    boolean isRedacted() {
        return moderation.isRedacted();
    }
}
