package dk.sambo.portal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail. Immutable in Hibernate and guarded by a trigger in the database. It names objects
 * by type and id and never copies their free text, so redacting a post never has to touch the trail.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "object_type", nullable = false, length = 60)
    private String objectType;

    @Column(name = "object_id", length = 60)
    private @Nullable String objectId;

    @Column(length = 2000)
    private @Nullable String details;

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = "";
        this.objectType = "";
    }

    AuditEvent(Instant occurredAt, @Nullable Long actorId, String actor, String action, String objectType,
            @Nullable String objectId, @Nullable String details) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.details = details;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public @Nullable String getObjectId() {
        return objectId;
    }

    public @Nullable String getDetails() {
        return details;
    }
}
