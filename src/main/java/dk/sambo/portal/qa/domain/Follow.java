package dk.sambo.portal.qa.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/** A person follows a question, a topic or a tag, and hears of what happens there. */
@Entity
@Table(name = "qa_follow")
public class Follow extends AbstractEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowKind kind = FollowKind.QUESTION;

    @Column(nullable = false, length = 60)
    @NoPatientData private String target = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected Follow() {
    }

    public Follow(long personId, FollowKind kind, String target, Instant createdAt) {
        this.personId = personId;
        this.kind = kind;
        this.target = target;
        this.createdAt = createdAt;
    }

    public long getPersonId() {
        return personId;
    }

    public FollowKind getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }
}
