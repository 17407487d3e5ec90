package dk.sambo.portal.training.domain;

import java.time.Clock;
import java.util.ArrayList;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.shared.RuleViolation;

/**
 * Organisers create, change and cancel sessions. Every change to seats first takes the session row's lock
 * ({@link TrainingSessionRepository#lockAndCount}); the events at this package's root are published in the same
 * transaction as the change they report.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TrainingSessions {

    private final TrainingSessionRepository sessions;
    private final TrainingRules rules;
    private final Waitlist waitlist;
    private final SessionNews news;
    private final SessionInfos infos;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final Clock clock;

    TrainingSessions(TrainingSessionRepository sessions, TrainingRules rules, Waitlist waitlist, SessionNews news,
            SessionInfos infos, CurrentPerson currentPerson, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.rules = rules;
        this.waitlist = waitlist;
        this.news = news;
        this.infos = infos;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a session; the creator becomes an organiser. Refuses bad input with every problem at once. */
    public SessionInfo create(SessionData data) {
        var me = currentPerson.requireId();
        if (!rules.mayCreate(data.type(), data.scope(), data.scopeId())) {
            throw new AccessDeniedException("May not create " + data.type() + " for " + data.scope());
        }
        var now = clock.instant();
        SessionValidation.require(data, null, 0, now);
        var session = new TrainingSession(me, now);
        session.apply(withOrganiser(data, me), now);
        sessions.save(session);
        audit.record("TRAINING_SESSION_CREATED", "TrainingSession", session.id(),
                "type=" + data.type() + " scope=" + data.scope() + ":" + data.scopeId());
        news.publishChanged(session, 0);
        return infos.info(session, me);
    }

    /**
     * Changes a session. {@code expectedVersion} is the version the form was loaded with: a session changed by
     * someone else meanwhile is refused (optimistic locking). Raising the capacity promotes from the waitlist.
     */
    public SessionInfo update(long sessionId, long expectedVersion, SessionData data) {
        var me = currentPerson.requireId();
        sessions.lockAndCount(sessionId);
        var session = sessions.findById(sessionId).orElseThrow();
        if (!rules.mayManage(session, me) || !rules.mayCreate(data.type(), data.scope(), data.scopeId())
                && !(data.type() == session.getType() && data.scope() == session.getScope()
                        && data.scopeId() == session.scopeId())) {
            throw new AccessDeniedException("May not change session " + sessionId);
        }
        if (session.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Session " + sessionId + " was changed by someone else");
        }
        if (session.isCancelled()) {
            throw new RuleViolation("training.error.session-cancelled");
        }
        var now = clock.instant();
        int approved = waitlist.approvedCount(sessionId);
        boolean sameStart = data.start() != null && data.start().equals(session.getStart());
        SessionValidation.require(data, session, approved, sameStart ? null : now);
        boolean calendarChange = session.apply(withOrganiser(data, session.getCreatedBy()), now);
        approved += waitlist.promoteWaitlisted(session);
        audit.record("TRAINING_SESSION_CHANGED", "TrainingSession", sessionId, "type=" + data.type());
        if (calendarChange) {
            news.tellRegistered(session, "training.notify.session-changed");
        }
        news.publishChanged(session, approved);
        return infos.info(session, me);
    }

    /** Cancels a session that has not started; everyone registered is told. */
    public void cancelSession(long sessionId) {
        var me = currentPerson.requireId();
        sessions.lockAndCount(sessionId);
        var session = sessions.findById(sessionId).orElseThrow();
        if (!rules.mayManage(session, me)) {
            throw new AccessDeniedException("May not cancel session " + sessionId);
        }
        if (session.isCancelled()) {
            return;
        }
        var now = clock.instant();
        if (!now.isBefore(session.getStart())) {
            throw new RuleViolation("training.error.cancel-started");
        }
        session.cancel(now);
        news.tellRegistered(session, "training.notify.session-cancelled");
        audit.record("TRAINING_SESSION_CANCELLED", "TrainingSession", sessionId, null);
        news.publishChanged(session, waitlist.approvedCount(sessionId));
    }

    /** The data as stored: stripped text, blanks as null, the organiser first. */
    static SessionData withOrganiser(SessionData d, long organiser) {
        var organisers = new ArrayList<Long>();
        organisers.add(organiser);
        d.organiserIds().stream().filter(id -> id != organiser).forEach(organisers::add);
        return new SessionData(d.type(), d.title().strip(), blankToNull(d.description()), d.start(), d.end(),
                blankToNull(d.place()), blankToNull(d.onlineLink()), d.scope(), d.scopeId(), d.audiences(),
                d.capacity(), d.signupDeadline(), d.approvalRequired(), organisers);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
