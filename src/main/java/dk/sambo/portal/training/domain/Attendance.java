package dk.sambo.portal.training.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.training.AttendanceRecorded;

/** Organisers see who signed up and mark attendance from the session's start on ({@link AttendanceRecorded}). */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class Attendance {

    private static final List<RegistrationStatus> LIST_ORDER = List.of(RegistrationStatus.APPROVED,
            RegistrationStatus.PENDING, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED,
            RegistrationStatus.REJECTED);

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final TrainingRules rules;
    private final OrganisationService organisation;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Attendance(TrainingSessionRepository sessions, RegistrationRepository registrations, TrainingRules rules,
            OrganisationService organisation, CurrentPerson currentPerson, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.rules = rules;
        this.organisation = organisation;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Participant> participants(long sessionId) {
        var me = currentPerson.requireId();
        var session = sessions.findById(sessionId).orElseThrow();
        if (!rules.mayManage(session, me)) {
            throw new AccessDeniedException("Only organisers see the participants");
        }
        var result = new ArrayList<Participant>();
        int position = 0;
        for (var r : registrations.findBySessionIdOrderByQueueNo(sessionId)) {
            int waitlistPosition = r.getStatus() == RegistrationStatus.WAITLISTED ? ++position : 0;
            organisation.person(r.getPersonId()).ifPresent(p -> result.add(new Participant(r.id(), p,
                    r.getStatus(), waitlistPosition, r.getAttendance(), r.getSignedUpAt())));
        }
        result.sort(Comparator.comparingInt((Participant p) -> LIST_ORDER.indexOf(p.status()))
                .thenComparingInt(Participant::waitlistPosition).thenComparing(p -> p.person().name()));
        return result;
    }

    /** Marks (or re-marks) one participant's attendance, from the session's start on. */
    public void markAttendance(long sessionId, long personId, AttendanceStatus attendance) {
        var me = currentPerson.requireId();
        var session = sessions.findById(sessionId).orElseThrow();
        requireAttendanceAllowed(session, me);
        var registration = registrations.findBySessionIdAndPersonId(sessionId, personId)
                .filter(r -> r.getStatus() == RegistrationStatus.APPROVED)
                .orElseThrow(() -> new RuleViolation("training.error.not-a-participant"));
        record(session, registration, attendance, me);
    }

    /** "All attended": marks every approved participant not yet marked as attended. Returns how many. */
    public int markAllAttended(long sessionId) {
        var me = currentPerson.requireId();
        var session = sessions.findById(sessionId).orElseThrow();
        requireAttendanceAllowed(session, me);
        int marked = 0;
        for (var r : registrations.findBySessionIdAndStatusOrderByQueueNo(sessionId, RegistrationStatus.APPROVED)) {
            if (r.getAttendance() == null) {
                record(session, r, AttendanceStatus.ATTENDED, me);
                marked++;
            }
        }
        return marked;
    }

    private void requireAttendanceAllowed(TrainingSession session, long me) {
        if (!rules.mayManage(session, me)) {
            throw new AccessDeniedException("Only organisers mark attendance");
        }
        if (session.isCancelled()) {
            throw new RuleViolation("training.error.session-cancelled");
        }
        if (clock.instant().isBefore(session.getStart())) {
            throw new RuleViolation("training.error.attendance-too-early");
        }
    }

    /** Records attendance and tells the overview; also the import's path (no access check there). */
    void record(TrainingSession session, Registration registration, AttendanceStatus attendance, long by) {
        registration.markAttendance(attendance, by, clock.instant());
        audit.record("TRAINING_ATTENDANCE", "TrainingSession", session.id(),
                "person=" + registration.getPersonId() + " " + attendance);
        events.publishEvent(new AttendanceRecorded(session.id(), registration.getPersonId(), session.getType().name(),
                LocalDate.ofInstant(session.getStart(), Formats.zone()), attendance.name()));
    }
}
