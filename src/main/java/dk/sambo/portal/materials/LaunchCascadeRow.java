package dk.sambo.portal.materials;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;

/**
 * One cluster x organisation row of the launch package's cascade (seed 000: "Sundhedsklyngerne skal viderebringe
 * materialet til organisationerne. Den enkelte organisation formidler materialet lokalt"). It exists from the
 * moment the cluster forwarded the package; the organisation then confirms receipt and, later, that it passed the
 * package on locally. Each step happens once.
 */
@Entity
@Table(name = "launch_package_cascade")
class LaunchCascadeRow extends AbstractEntity {

    @Column(name = "cluster_id", nullable = false)
    private long clusterId;
    @Column(name = "organisation_id", nullable = false)
    private long organisationId;
    @Column(name = "forwarded_at", nullable = false)
    private Instant forwardedAt = Instant.EPOCH;
    @Column(name = "forwarded_by")
    private @Nullable Long forwardedBy;
    @Column(name = "received_at")
    private @Nullable Instant receivedAt;
    @Column(name = "received_by")
    private @Nullable Long receivedBy;
    @Column(name = "passed_on_at")
    private @Nullable Instant passedOnAt;
    @Column(name = "passed_on_by")
    private @Nullable Long passedOnBy;
    @Column(name = "last_reminded_at")
    private @Nullable Instant lastRemindedAt;

    protected LaunchCascadeRow() {
    }

    LaunchCascadeRow(long clusterId, long organisationId, Instant forwardedAt, @Nullable Long forwardedBy) {
        this.clusterId = clusterId;
        this.organisationId = organisationId;
        this.forwardedAt = forwardedAt;
        this.forwardedBy = forwardedBy;
    }

    void received(Instant at, @Nullable Long by) {
        this.receivedAt = at;
        this.receivedBy = by;
    }

    void passedOn(Instant at, @Nullable Long by) {
        this.passedOnAt = at;
        this.passedOnBy = by;
    }

    void reminded(Instant at) {
        this.lastRemindedAt = at;
    }

    long clusterId() {
        return clusterId;
    }

    long organisationId() {
        return organisationId;
    }

    Instant forwardedAt() {
        return forwardedAt;
    }

    @Nullable Long forwardedBy() {
        return forwardedBy;
    }

    @Nullable Instant receivedAt() {
        return receivedAt;
    }

    @Nullable Long receivedBy() {
        return receivedBy;
    }

    @Nullable Instant passedOnAt() {
        return passedOnAt;
    }

    @Nullable Long passedOnBy() {
        return passedOnBy;
    }

    @Nullable Instant lastRemindedAt() {
        return lastRemindedAt;
    }
}
