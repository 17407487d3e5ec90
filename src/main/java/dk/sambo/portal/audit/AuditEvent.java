package dk.sambo.portal.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
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

    /** Place in the hash chain (1, 2, 3, ...); see {@link AuditChain}. */
    @Column(name = "chain_seq")
    private @Nullable Long chainSeq;

    /** SHA-256 (hex) over this event's canonical form and the previous event's hash. */
    @Column(length = 64)
    private @Nullable String hash;

    /** People the event is about besides its object, e.g. everyone on a participant list that was read. */
    @ElementCollection
    @CollectionTable(name = "audit_event_subject", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "person_id")
    @BatchSize(size = 200)
    private Set<Long> subjectIds = new TreeSet<>();

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = "";
        this.objectType = "";
    }

    AuditEvent(Instant occurredAt, @Nullable Long actorId, String actor, String action, String objectType,
            @Nullable String objectId, @Nullable String details, Collection<Long> subjectIds, long chainSeq,
            String hash) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.details = details;
        this.subjectIds = new TreeSet<>(subjectIds);
        this.chainSeq = chainSeq;
        this.hash = hash;
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

    public @Nullable Long getChainSeq() {
        return chainSeq;
    }

    public @Nullable String getHash() {
        return hash;
    }

    public Set<Long> getSubjectIds() {
        return Set.copyOf(subjectIds);
    }
}
