package dk.sambo.portal.training.domain;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;

/**
 * Imports of sessions that already took place (demo data, and later a migration from spreadsheets). Same
 * validation, records and events as the interactive path, without the rules that only make sense live ("not in
 * the past", sign-up deadline). Package-private: no view can reach them.
 */
@Component
@Transactional
class TrainingImports {

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Waitlist waitlist;
    private final SessionNews news;
    private final Attendance attendance;
    private final AuditLog audit;
    private final Clock clock;

    TrainingImports(TrainingSessionRepository sessions, RegistrationRepository registrations, Waitlist waitlist,
            SessionNews news, Attendance attendance, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.waitlist = waitlist;
        this.news = news;
        this.attendance = attendance;
        this.audit = audit;
        this.clock = clock;
    }

    long importSession(SessionData data, long creatorId) {
        SessionValidation.require(data, null, 0, null);
        var now = clock.instant();
        var session = new TrainingSession(creatorId, now);
        session.apply(TrainingSessions.withOrganiser(data, creatorId), now);
        sessions.save(session);
        audit.record("TRAINING_SESSION_IMPORTED", "TrainingSession", session.id(), "type=" + data.type());
        news.publishChanged(session, 0);
        return session.id();
    }

    RegistrationStatus importRegistration(long sessionId, long personId, Instant signedUpAt) {
        sessions.lockAndCount(sessionId);
        long queueNo = sessions.counter(sessionId);
        var session = sessions.findById(sessionId).orElseThrow();
        var registration = registrations.findBySessionIdAndPersonId(sessionId, personId)
                .orElseGet(() -> new Registration(sessionId, personId));
        int approved = waitlist.approvedCount(sessionId);
        var status = approved < session.getCapacity() ? RegistrationStatus.APPROVED : RegistrationStatus.WAITLISTED;
        registration.signUp(status, queueNo, signedUpAt);
        registrations.save(registration);
        if (status == RegistrationStatus.APPROVED) {
            news.publishChanged(session, approved + 1);
        }
        return status;
    }

    void importAttendance(long sessionId, long personId, AttendanceStatus status, long markedBy) {
        var session = sessions.findById(sessionId).orElseThrow();
        var registration = registrations.findBySessionIdAndPersonId(sessionId, personId)
                .filter(r -> r.getStatus() == RegistrationStatus.APPROVED).orElseThrow();
        attendance.record(session, registration, status, markedBy);
    }

    long sessionCount() {
        return sessions.count();
    }
}
