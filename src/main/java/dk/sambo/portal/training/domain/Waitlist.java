package dk.sambo.portal.training.domain;

import java.time.Clock;

import org.springframework.stereotype.Component;

import dk.sambo.portal.audit.AuditLog;

/** Seats and the waitlist of a session. Callers hold the session row's lock. */
@Component
class Waitlist {

    private final RegistrationRepository registrations;
    private final SessionNews news;
    private final AuditLog audit;
    private final Clock clock;

    Waitlist(RegistrationRepository registrations, SessionNews news, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.news = news;
        this.audit = audit;
        this.clock = clock;
    }

    int approvedCount(long sessionId) {
        return (int) registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.APPROVED);
    }

    /** A seat if one is free, otherwise the waitlist. */
    RegistrationStatus seatOrWaitlist(TrainingSession session) {
        return approvedCount(session.id()) < session.getCapacity() ? RegistrationStatus.APPROVED
                : RegistrationStatus.WAITLISTED;
    }

    /** Fills free seats from the waitlist in sign-up order and tells each person. Returns how many moved up. */
    int promoteWaitlisted(TrainingSession session) {
        if (!clock.instant().isBefore(session.getStart())) {
            return 0;
        }
        long approved = approvedCount(session.id());
        int promoted = 0;
        for (var next : registrations.findBySessionIdAndStatusOrderByQueueNo(session.id(),
                RegistrationStatus.WAITLISTED)) {
            if (approved + promoted >= session.getCapacity()) {
                break;
            }
            next.promote();
            promoted++;
            audit.record("TRAINING_PROMOTED", "TrainingSession", session.id(), "person=" + next.getPersonId());
            news.tell(next.getPersonId(), "training.notify.promoted", session);
        }
        return promoted;
    }
}
