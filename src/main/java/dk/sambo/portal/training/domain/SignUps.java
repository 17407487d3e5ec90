package dk.sambo.portal.training.domain;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.notification.Notifications;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.shared.RuleViolation;

/**
 * Signing up and cancelling a sign-up, with the waitlist. Every sign-up first takes the session row's lock
 * ({@link TrainingSessionRepository#lockAndCount}), so concurrent sign-ups are handled one at a time by the
 * database and first come is first served.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SignUps {

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final TrainingRules rules;
    private final Waitlist waitlist;
    private final SessionNews news;
    private final OrganisationService organisation;
    private final CurrentPerson currentPerson;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    SignUps(TrainingSessionRepository sessions, RegistrationRepository registrations, TrainingRules rules,
            Waitlist waitlist, SessionNews news, OrganisationService organisation, CurrentPerson currentPerson,
            Notifications notifications, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.rules = rules;
        this.waitlist = waitlist;
        this.news = news;
        this.organisation = organisation;
        this.currentPerson = currentPerson;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Signs the reader up. With free seats the sign-up is approved, when full it joins the waitlist, and when
     * the session needs approval it waits for the reader's line manager, who is told.
     */
    public MyRegistration signUp(long sessionId) {
        if (rules.readOnly()) {
            throw new AccessDeniedException("The political level has read-only access");
        }
        var me = organisation.person(currentPerson.requireId()).orElseThrow();
        var session = sessions.findById(sessionId).orElseThrow();
        if (!rules.inScope(session, me)) {
            throw new RuleViolation("training.error.not-in-scope");
        }
        var managers = organisation.lineManagersOfPerson(me.id()).stream().filter(m -> m.id() != me.id())
                .toList();
        signUpLocked(sessionId, me.id(), managers.isEmpty() ? List.of()
                : managers.stream().map(PersonSummary::id).toList(), me.name());
        return myRegistrationOf(sessionId, me.id()).orElseThrow();
    }

    /**
     * The locked part of a sign-up, for one person: draws the queue number under the session row's lock and
     * decides approved, waitlisted or pending. {@code approvers}: the line managers to ask, empty when the session
     * needs no approval or the person has no line manager.
     */
    RegistrationStatus signUpLocked(long sessionId, long personId, List<Long> approvers, String personName) {
        sessions.lockAndCount(sessionId);
        long queueNo = sessions.counter(sessionId);
        var session = sessions.findById(sessionId).orElseThrow();
        var now = clock.instant();
        if (session.isCancelled()) {
            throw new RuleViolation("training.error.session-cancelled");
        }
        if (!now.isBefore(session.getSignupDeadline()) || !now.isBefore(session.getStart())) {
            throw new RuleViolation("training.error.signup-closed");
        }
        var registration = registrations.findBySessionIdAndPersonId(sessionId, personId)
                .orElseGet(() -> new Registration(sessionId, personId));
        if (registration.getId() != null && registration.getStatus().active()) {
            return registration.getStatus();
        }
        if (registration.getStatus() == RegistrationStatus.REJECTED && registration.getId() != null) {
            throw new RuleViolation("training.error.rejected-before");
        }
        var status = session.isApprovalRequired() && !approvers.isEmpty() ? RegistrationStatus.PENDING
                : waitlist.seatOrWaitlist(session);
        registration.signUp(status, queueNo, now);
        registrations.save(registration);
        audit.record("TRAINING_SIGNED_UP", "TrainingSession", sessionId, "person=" + personId + " " + status);
        if (status == RegistrationStatus.PENDING) {
            for (var manager : approvers) {
                notifications.send(manager, "training.notify.approval-requested",
                        List.of(personName, session.getTitle(), SessionNews.when(session.getStart())),
                        "kalender/godkendelser", "TrainingSession", sessionId);
            }
        } else if (status == RegistrationStatus.APPROVED) {
            news.publishChanged(session, waitlist.approvedCount(sessionId));
        }
        return status;
    }

    /** Cancels the reader's own sign-up (until the start); a freed seat goes to the first on the waitlist. */
    public void cancelSignUp(long sessionId) {
        var me = currentPerson.requireId();
        sessions.lockAndCount(sessionId);
        var session = sessions.findById(sessionId).orElseThrow();
        var registration = registrations.findBySessionIdAndPersonId(sessionId, me)
                .filter(r -> r.getStatus().active())
                .orElseThrow(() -> new RuleViolation("training.error.not-signed-up"));
        var now = clock.instant();
        if (!now.isBefore(session.getStart())) {
            throw new RuleViolation("training.error.cancel-closed");
        }
        boolean heldSeat = registration.getStatus() == RegistrationStatus.APPROVED;
        registration.cancel(now);
        audit.record("TRAINING_SIGN_UP_CANCELLED", "TrainingSession", sessionId, "person=" + me);
        if (heldSeat && !session.isCancelled()) {
            waitlist.promoteWaitlisted(session);
            news.publishChanged(session, waitlist.approvedCount(sessionId));
        }
    }

    @Transactional(readOnly = true)
    public Optional<MyRegistration> myRegistration(long sessionId) {
        return myRegistrationOf(sessionId, currentPerson.requireId());
    }

    /** The reader's other active sign-ups that overlap this session in time, for the warning before signing up. */
    @Transactional(readOnly = true)
    public List<String> overlappingSignUps(long sessionId) {
        var session = sessions.findById(sessionId).orElseThrow();
        return overlapsOf(session, currentPerson.requireId());
    }

    private Optional<MyRegistration> myRegistrationOf(long sessionId, long personId) {
        return registrations.findBySessionIdAndPersonId(sessionId, personId).map(r -> {
            int position = r.getStatus() == RegistrationStatus.WAITLISTED
                    ? (int) registrations.waitlistedBefore(sessionId, r.getQueueNo()) + 1 : 0;
            var session = sessions.findById(sessionId).orElseThrow();
            return new MyRegistration(r.getStatus(), position, r.getAttendance(),
                    r.getStatus().active() ? overlapsOf(session, personId) : List.of());
        });
    }

    private List<String> overlapsOf(TrainingSession session, long personId) {
        var mine = new HashSet<>(registrations.activeSessionIdsOf(personId));
        mine.remove(session.id());
        if (mine.isEmpty()) {
            return List.of();
        }
        return sessions.activeOverlapping(mine, session.getStart(), session.getEnd()).stream()
                .map(s -> s.getTitle() + " (" + SessionNews.when(s.getStart()) + ")").toList();
    }
}
