package dk.sambo.portal.barrier;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/** A barrier in one unit, what is done about it, by whom and by when. */
@Entity
@Table(name = "barrier")
class Barrier extends AbstractEntity {

    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BarrierKind kind = BarrierKind.PRACTICAL;
    @Column(nullable = false, length = 2000)
    @NoPatientData private String description = "";
    @Column(name = "action_text", length = 2000)
    @NoPatientData private @Nullable String actionText;
    @Column(name = "owner_id")
    private @Nullable Long ownerId;
    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BarrierStatus status = BarrierStatus.OPEN;
    @Column(name = "recorded_by")
    private @Nullable Long recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    protected Barrier() {
    }

    Barrier(long unitId, @Nullable Long recordedBy, Instant recordedAt) {
        this.unitId = unitId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void describe(BarrierKind kind, String description, @Nullable String actionText, @Nullable Long ownerId,
            @Nullable LocalDate dueOn, BarrierStatus status) {
        this.kind = kind;
        this.description = description;
        this.actionText = actionText == null || actionText.isBlank() ? null : actionText.strip();
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.status = status;
    }

    long unitId() {
        return unitId;
    }

    BarrierLog.Entry toEntry(String unitName, @Nullable String ownerName) {
        return new BarrierLog.Entry(id(), getVersion(), unitId, unitName, kind, description, actionText, ownerId,
                ownerName, dueOn, status, recordedAt);
    }
}
