package dk.sambo.portal.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.shared.RuleViolation;

/**
 * The implementation plan: everyone may read it (knowing the plan is part of every role's task); the strategic
 * level edits it; an organisation's senior managers, and the cluster levels covering it, tick its activities off.
 * Each tick publishes {@link PlanActivityStatusChanged}.
 */
@Service
@Transactional
public class PlanService {

    /** Roles that may tick an organisation's plan activities, within their scope. */
    static final Role[] STATUS_EDITORS = {Role.SENIOR_MANAGER, Role.STRATEGIC, Role.IMPLEMENTING, Role.ADMIN};

    private final PlanPhaseRepository phases;
    private final PlanActivityRepository activities;
    private final PlanStatusRepository statuses;
    private final AccessControl access;
    private final CurrentPerson currentPerson;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(PlanPhaseRepository phases, PlanActivityRepository activities, PlanStatusRepository statuses,
            AccessControl access, CurrentPerson currentPerson, OrganisationService organisation, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.phases = phases;
        this.activities = activities;
        this.statuses = statuses;
        this.access = access;
        this.currentPerson = currentPerson;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A phase for display and editing. */
    public record Phase(long id, String code, int sortOrder, String nameDa, String nameEn, String purposeDa,
            String purposeEn, String timingDa, String timingEn, LocalDate startsOn, @Nullable LocalDate endsOn,
            long version) {

        public String name(Locale locale) {
            return PlanPhase.pick(locale, nameDa, nameEn);
        }

        public String purpose(Locale locale) {
            return PlanPhase.pick(locale, purposeDa, purposeEn);
        }

        public String timing(Locale locale) {
            return PlanPhase.pick(locale, timingDa, timingEn);
        }

        /** Started and not ended on {@code day}: phases overlap, several can be under way at once. */
        public boolean underWay(LocalDate day) {
            return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
        }

        public boolean ended(LocalDate day) {
            return endsOn != null && endsOn.isBefore(day);
        }
    }

    /** An activity of one target group in one phase; a checkpoint where organisations tick it off. */
    public record Activity(long id, long phaseId, String phaseCode, TargetGroup targetGroup, int sortOrder,
            String textDa, String textEn, @Nullable String checkpointDa, @Nullable String checkpointEn,
            long version) {

        public String text(Locale locale) {
            return PlanPhase.pick(locale, textDa, textEn);
        }

        public @Nullable String checkpoint(Locale locale) {
            return checkpointDa == null ? null : PlanPhase.pick(locale, checkpointDa,
                    checkpointEn == null ? checkpointDa : checkpointEn);
        }

        public boolean tracked() {
            return checkpointDa != null;
        }
    }

    /** An organisation's status for one activity. */
    public record Status(long organisationId, long activityId, boolean done, @Nullable LocalDate doneOn,
            String changedBy, Instant changedAt) {
    }

    /** Progress of one organisation: activities ticked off of those with a checkpoint. */
    public record Progress(long organisationId, int done, int total) {

        public int percent() {
            return total == 0 ? 0 : Math.round(100f * done / total);
        }
    }

    /** A phase's texts and dates as the strategic level edits them; the messages are translation keys. */
    public record PhaseText(String purposeDa, String purposeEn, String timingDa, String timingEn,
            @NotNull(message = "plan.error.starts") LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    /** An activity's texts in both languages; the checkpoint (what organisations tick off) may be empty. */
    public record ActivityText(@NotBlank(message = "plan.error.text") String textDa,
            @NotBlank(message = "plan.error.text") String textEn, @Nullable String checkpointDa,
            @Nullable String checkpointEn) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Phase> phases() {
        return phases.findAllByOrderBySortOrder().stream().map(PlanPhase::toView).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Activity> activities() {
        return activities.findAllOrdered().stream().map(PlanActivity::toView).toList();
    }

    /** Phases under way today, for "where are we in the plan". */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Phase> phasesUnderWay() {
        var today = LocalDate.now(clock);
        return phases().stream().filter(p -> p.underWay(today)).toList();
    }

    /**
     * The phase the plan is in today: of the phases under way, the one that began last. The plan's phases overlap
     * and most run on ("then ongoing"), so "under way" alone names several; the one begun most recently is the
     * step the organisations are now asked to climb (the strategic level moves it by editing the phases' dates).
     * Ties go to the later phase in the plan. Empty before the plan starts.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Phase> currentPhase() {
        return phasesUnderWay().stream()
                .max(Comparator.comparing(Phase::startsOn).thenComparingInt(Phase::sortOrder));
    }

    /** An organisation's statuses by activity id. Readable by anyone who may see the organisation's figures. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Status> statusOf(long organisationId) {
        requireReadable(organisationId);
        var result = new HashMap<Long, Status>();
        statuses.findByOrganisationId(organisationId).forEach(s -> result.put(s.activityId(), s.toView()));
        return result;
    }

    /** Done of total checkpoints for each organisation, counted in the database. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Progress> progress(List<Long> organisationIds) {
        organisationIds.forEach(this::requireReadable);
        int total = (int) activities.countTracked();
        var done = new HashMap<Long, Integer>();
        if (!organisationIds.isEmpty()) {
            for (var row : statuses.countDoneByOrganisation(organisationIds)) {
                done.put((Long) row[0], ((Long) row[1]).intValue());
            }
        }
        return organisationIds.stream().map(id -> new Progress(id, done.getOrDefault(id, 0), total)).toList();
    }

    /** Whether the current person may tick this organisation's activities. */
    @Transactional(readOnly = true)
    public boolean mayEditStatus(long organisationId) {
        for (var role : STATUS_EDITORS) {
            if (access.coversOrganisation(role, organisationId)) {
                return true;
            }
        }
        return false;
    }

    @Transactional(readOnly = true)
    public boolean mayEditPlan() {
        return access.hasRole(Role.STRATEGIC, Role.ADMIN);
    }

    /** Ticks (or unticks) an activity for an organisation and tells the overview. */
    @PreAuthorize("isAuthenticated()")
    public void setStatus(long organisationId, long activityId, boolean done, @Nullable LocalDate doneOn) {
        if (!mayEditStatus(organisationId)) {
            throw new AccessDeniedException("Organisation " + organisationId + " is outside your scope");
        }
        var activity = activities.findById(activityId).orElseThrow();
        if (!activity.tracked()) {
            throw new IllegalArgumentException("Activity " + activityId + " has no checkpoint");
        }
        var day = doneOn == null ? LocalDate.now(clock) : doneOn;
        if (done && day.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.of("doneOn", "plan.error.future");
        }
        var status = statuses.findByOrganisationIdAndActivityId(organisationId, activityId)
                .orElseGet(() -> new PlanStatus(organisationId, activityId));
        var me = currentPerson.id().orElse(null);
        var name = me == null ? "system" : organisation.person(me).map(p -> p.name()).orElse("?");
        status.set(done, day, me, name, clock.instant());
        statuses.save(status);
        audit.record(done ? "PLAN_ACTIVITY_DONE" : "PLAN_ACTIVITY_UNDONE", "PlanActivity", activityId,
                "organisation=" + organisationId + (done ? " on=" + day : ""));
        events.publishEvent(new PlanActivityStatusChanged(organisationId, activityId, activity.phase().code(), done,
                (int) activities.countTracked(), clock.instant()));
    }

    private void requireReadable(long organisationId) {
        for (var role : Role.values()) {
            if (role != Role.STAFF && role != Role.CULTURE_BEARER && role != Role.LINE_MANAGER
                    && access.coversOrganisation(role, organisationId)) {
                return;
            }
        }
        // Line managers and staff see their own organisation's progress.
        var mine = currentPerson.id().flatMap(organisation::person).map(p -> p.organisationId()).orElse(null);
        if (mine != null && mine == organisationId) {
            return;
        }
        throw new AccessDeniedException("Organisation " + organisationId + " is outside your scope");
    }
}
