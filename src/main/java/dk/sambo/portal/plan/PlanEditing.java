package dk.sambo.portal.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.plan.PlanService.ActivityText;
import dk.sambo.portal.plan.PlanService.PhaseText;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataGuard;

/**
 * The strategic level edits the plan itself: a phase's purpose, timing and dates, and the activities of each
 * phase and target group. Reading the plan and ticking activities off stay in {@link PlanService}.
 */
@Service
@Transactional
class PlanEditing {

    private final PlanPhaseRepository phases;
    private final PlanActivityRepository activities;
    private final AuditLog audit;

    PlanEditing(PlanPhaseRepository phases, PlanActivityRepository activities, AuditLog audit) {
        this.phases = phases;
        this.activities = activities;
        this.audit = audit;
    }

    /** The strategic level edits a phase's purpose, timing and dates. */
    @PreAuthorize("hasAnyRole('STRATEGIC', 'ADMIN')")
    public void updatePhase(long phaseId, long expectedVersion, PhaseText text) {
        var phase = phases.findById(phaseId).orElseThrow();
        checkVersion(phase.getVersion(), expectedVersion);
        RuleViolation.collect()
                .when(text.endsOn() != null && text.endsOn().isBefore(text.startsOn()), "endsOn", "plan.error.period")
                .throwIfAny();
        for (var t : List.of(text.purposeDa(), text.purposeEn(), text.timingDa(), text.timingEn())) {
            PatientDataGuard.check("plan.phase.purpose", t);
        }
        phase.describe(text.purposeDa(), text.purposeEn(), text.timingDa(), text.timingEn(), text.startsOn(),
                text.endsOn());
        audit.record("PLAN_PHASE_CHANGED", "PlanPhase", phaseId, "starts=" + text.startsOn() + " ends="
                + text.endsOn());
    }

    /** The strategic level edits an activity (null id: adds one to the phase and group). Returns the id. */
    @PreAuthorize("hasAnyRole('STRATEGIC', 'ADMIN')")
    public long saveActivity(@Nullable Long activityId, long expectedVersion, long phaseId, TargetGroup group,
            ActivityText text) {
        RuleViolation.collect()
                .when(text.textDa().isBlank(), "textDa", "plan.error.text")
                .when(text.textEn().isBlank(), "textEn", "plan.error.text")
                .throwIfAny();
        for (var t : new String[] {text.textDa(), text.textEn(), text.checkpointDa(), text.checkpointEn()}) {
            if (t != null) {
                PatientDataGuard.check("plan.activity.text", t);
            }
        }
        PlanActivity activity;
        if (activityId == null) {
            var phase = phases.findById(phaseId).orElseThrow();
            int next = (int) activities.findAllOrdered().stream()
                    .filter(a -> a.phase().id() == phaseId && a.toView().targetGroup() == group).count() + 1;
            activity = new PlanActivity(phase, group, next);
        } else {
            activity = activities.findById(activityId).orElseThrow();
            checkVersion(activity.getVersion(), expectedVersion);
        }
        activity.describe(text.textDa().strip(), text.textEn().strip(), text.checkpointDa(), text.checkpointEn());
        activity = activities.save(activity);
        audit.record(activityId == null ? "PLAN_ACTIVITY_ADDED" : "PLAN_ACTIVITY_CHANGED", "PlanActivity",
                activity.id(), "phase=" + phaseId + " group=" + group);
        return activity.id();
    }

    private static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Changed by someone else");
        }
    }

}
