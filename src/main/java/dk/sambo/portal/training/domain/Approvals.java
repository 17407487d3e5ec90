package dk.sambo.portal.training.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.shared.RuleViolation;

/**
 * A line manager approves or rejects the sign-ups of their own people for sessions that need approval. The
 * request holds no seat while pending: on approval it gets a seat if one is free, otherwise the waitlist.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class Approvals {

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Waitlist waitlist;
    private final SessionNews news;
    private final OrganisationService organisation;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final Clock clock;

    Approvals(TrainingSessionRepository sessions, RegistrationRepository registrations, Waitlist waitlist,
            SessionNews news, OrganisationService organisation, CurrentPerson currentPerson, AuditLog audit,
            Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.waitlist = waitlist;
        this.news = news;
        this.organisation = organisation;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sign-ups waiting for the reader as the participant's line manager, soonest session first. */
    @Transactional(readOnly = true)
    public List<PendingApproval> pendingApprovals() {
        var me = currentPerson.requireId();
        var waiting = registrations.pendingForFutureSessions(clock.instant()).stream()
                .filter(r -> r.getPersonId() != me).toList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        // Every lookup for all rows at once (issue 15: four reads per row before).
        var managers = organisation.lineManagersOfPeople(
                waiting.stream().map(Registration::getPersonId).collect(Collectors.toSet()));
        var mine = waiting.stream().filter(r -> managers.getOrDefault(r.getPersonId(), List.of()).stream()
                .anyMatch(m -> m.id() == me)).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        var sessionIds = mine.stream().map(Registration::getSessionId).collect(Collectors.toSet());
        var byId = new HashMap<Long, TrainingSession>();
        sessions.findAllById(sessionIds).forEach(s -> byId.put(s.id(), s));
        var people = organisation.people(mine.stream().map(Registration::getPersonId).toList());
        var approved = new HashMap<Long, Integer>();
        for (var row : registrations.approvedCounts(sessionIds)) {
            approved.put((Long) row[0], ((Number) row[1]).intValue());
        }
        var result = new ArrayList<PendingApproval>();
        for (var r : mine) {
            var s = Objects.requireNonNull(byId.get(r.getSessionId()), "session " + r.getSessionId());
            result.add(new PendingApproval(r.id(), s.id(), s.getType(), s.getTitle(), s.getStart(), s.getEnd(),
                    Objects.requireNonNull(people.get(r.getPersonId()), "person " + r.getPersonId()),
                    r.getSignedUpAt(), Math.max(0, s.getCapacity() - approved.getOrDefault(s.id(), 0))));
        }
        return result;
    }

    /** The participant's own line manager approves: a seat if one is free, otherwise the waitlist. */
    public RegistrationStatus approve(long registrationId) {
        return decide(registrationId, true);
    }

    /** The participant's own line manager rejects the request. */
    public void reject(long registrationId) {
        decide(registrationId, false);
    }

    private RegistrationStatus decide(long registrationId, boolean approve) {
        var me = currentPerson.requireId();
        var pending = registrations.findById(registrationId).orElseThrow();
        if (organisation.lineManagersOfPerson(pending.getPersonId()).stream().noneMatch(m -> m.id() == me)
                || pending.getPersonId() == me) {
            throw new AccessDeniedException("Only the participant's own line manager decides");
        }
        long sessionId = pending.getSessionId();
        sessions.lockAndCount(sessionId);
        long queueNo = sessions.counter(sessionId);
        var session = sessions.findById(sessionId).orElseThrow();
        var registration = registrations.findById(registrationId).orElseThrow();
        if (registration.getStatus() != RegistrationStatus.PENDING) {
            throw new RuleViolation("training.error.already-decided");
        }
        var now = clock.instant();
        if (session.isCancelled() || !now.isBefore(session.getStart())) {
            throw new RuleViolation("training.error.session-closed");
        }
        if (!approve) {
            registration.reject(me, now);
            audit.record("TRAINING_SIGN_UP_REJECTED", "TrainingSession", sessionId,
                    "person=" + registration.getPersonId());
            news.tell(registration.getPersonId(), "training.notify.rejected", session);
            return RegistrationStatus.REJECTED;
        }
        int approved = waitlist.approvedCount(sessionId);
        var status = approved < session.getCapacity() ? RegistrationStatus.APPROVED : RegistrationStatus.WAITLISTED;
        // A seat is first come, first served from the moment of approval: the request held no seat while pending.
        registration.decide(status, queueNo, me, now);
        audit.record("TRAINING_SIGN_UP_APPROVED", "TrainingSession", sessionId,
                "person=" + registration.getPersonId() + " " + status);
        news.tell(registration.getPersonId(), status == RegistrationStatus.APPROVED
                ? "training.notify.approved" : "training.notify.approved-waitlisted", session);
        if (status == RegistrationStatus.APPROVED) {
            news.publishChanged(session, approved + 1);
        }
        return status;
    }
}
