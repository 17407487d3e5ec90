package dk.sambo.portal.qa.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/** A comment or follow-up on a question or one of its answers; a reopening is a comment of kind REOPEN. */
@Entity
@Table(name = "qa_comment")
public class Comment extends AbstractEntity {

    public enum Kind {
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

    public Comment(long questionId, @Nullable Long answerId, long authorId, Kind kind, String body, Instant createdAt) {
        this.questionId = questionId;
        this.answerId = answerId;
        this.authorId = authorId;
        this.kind = kind;
        this.body = body;
        this.createdAt = createdAt;
    }

    public void hide(String reason, long by, Instant at) {
        moderation.hide(reason, by, at);
    }

    public void unhide() {
        moderation.unhide();
    }

    public void redact(long by, Instant at) {
        this.body = "";
        moderation.redacted(by, at);
    }

    public long getQuestionId() {
        return questionId;
    }

    public @Nullable Long getAnswerId() {
        return answerId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isHidden() {
        return moderation.isHidden();
    }

    public @Nullable String getHiddenReason() {
        return moderation.hiddenReason();
    }

    public boolean isRedacted() {
        return moderation.isRedacted();
    }
}
