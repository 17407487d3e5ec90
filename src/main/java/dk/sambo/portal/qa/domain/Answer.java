package dk.sambo.portal.qa.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/** An answer to a question. Whether the author was a culture bearer is fixed when it is posted. */
@Entity
@Table(name = "answer")
public class Answer extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "by_culture_bearer", nullable = false)
    private boolean byCultureBearer;

    @Column(nullable = false, length = 10000)
    @NoPatientData private String body = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "useful_count", nullable = false)
    @OptimisticLock(excluded = true)
    private int usefulCount;

    @Column(nullable = false)
    @OptimisticLock(excluded = true)
    private boolean accepted;







    @Embedded
    @OptimisticLock(excluded = true)
    private Moderated moderation = new Moderated();

    protected Answer() {
        this.question = null;
    }

    public Answer(Question question, long authorId, boolean byCultureBearer, String body, Instant createdAt) {
        this.question = question;
        this.authorId = authorId;
        this.byCultureBearer = byCultureBearer;
        this.body = body;
        this.createdAt = createdAt;
    }

    public void edit(String body, Instant at) {
        this.body = body;
        this.editedAt = at;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    public void setUsefulCount(int usefulCount) {
        this.usefulCount = usefulCount;
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

    public Question getQuestion() {
        return question;
    }

    public long getAuthorId() {
        return authorId;
    }

    public boolean isByCultureBearer() {
        return byCultureBearer;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getEditedAt() {
        return editedAt;
    }

    public int getUsefulCount() {
        return usefulCount;
    }

    public boolean isAccepted() {
        return accepted;
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
