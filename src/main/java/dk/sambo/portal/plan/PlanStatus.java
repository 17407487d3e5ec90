package dk.sambo.portal.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;

/** An organisation's status for one plan activity: done or not, on which day, changed by whom. */
@Entity
@Table(name = "plan_status")
class PlanStatus extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;
    @Column(name = "activity_id", nullable = false)
    private long activityId;
    @Column(nullable = false)
    private boolean done;
    @Column(name = "done_on")
    private @Nullable LocalDate doneOn;
    @Column(name = "changed_by")
    private @Nullable Long changedBy;
    @Column(name = "changed_by_name", nullable = false, length = 200)
    private String changedByName = "";
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    protected PlanStatus() {
    }

    PlanStatus(long organisationId, long activityId) {
        this.organisationId = organisationId;
        this.activityId = activityId;
    }

    void set(boolean done, @Nullable LocalDate doneOn, @Nullable Long by, String byName, Instant at) {
        this.done = done;
        this.doneOn = done ? doneOn : null;
        this.changedBy = by;
        this.changedByName = byName;
        this.changedAt = at;
    }

    long activityId() {
        return activityId;
    }

    boolean done() {
        return done;
    }

    PlanService.Status toView() {
        return new PlanService.Status(organisationId, activityId, done, doneOn, changedByName, changedAt);
    }
}
