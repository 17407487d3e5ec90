package dk.sambo.portal.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.notification.Notifications;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.shared.privacy.PatientDataGuard;
import dk.sambo.portal.shared.ui.Formats;

/**
 * The training calendar: sessions, sign-up with waitlist and approval, cancellation, attendance. Every change to
 * seats first takes the session row's lock ({@link TrainingSessionRepository#lockAndCount}), so concurrent
 * sign-ups are handled one at a time by the database and first come is first served. The events at this
 * package's root are published in the same transaction as the change they report.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TrainingCalendar {

    static final String LINK_PREFIX = "kalender/aktivitet/";
    private static final List<RegistrationStatus> LIST_ORDER = List.of(RegistrationStatus.APPROVED,
            RegistrationStatus.PENDING, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED,
            RegistrationStatus.REJECTED);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final TrainingRules rules;
    private final OrganisationService organisation;
    private final CurrentPerson currentPerson;
    private final Notifications notifications;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingCalendar(TrainingSessionRepository sessions, RegistrationRepository registrations, TrainingRules rules,
            OrganisationService organisation, CurrentPerson currentPerson, Notifications notifications,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.rules = rules;
        this.organisation = organisation;
        this.currentPerson = currentPerson;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Sessions

    /** Creates a session; the creator becomes an organiser. Refuses bad input with a {@link TrainingException}. */
    public SessionInfo create(SessionData data) {
        var me = currentPerson.requireId();
        if (!rules.mayCreate(data.type(), data.scope(), data.scopeId())) {
            throw new AccessDeniedException("May not create " + data.type() + " for " + data.scope());
        }
        var now = clock.instant();
        validate(data, null, 0);
        if (data.start().isBefore(now)) {
            throw new TrainingException("start", "training.error.in-the-past");
        }
        var session = new TrainingSession(me, now);
        session.apply(withOrganiser(data, me), now);
        sessions.save(session);
        audit.record("TRAINING_SESSION_CREATED", "TrainingSession", session.id(),
                "type=" + data.type() + " scope=" + data.scope() + ":" + data.scopeId());
        publishChanged(session, 0);
        return info(session, me);
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
            throw new org.springframework.dao.OptimisticLockingFailureException("Session " + sessionId
                    + " was changed by someone else");
        }
        if (session.isCancelled()) {
            throw new TrainingException("", "training.error.session-cancelled");
        }
        var now = clock.instant();
        int approved = (int) registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.APPROVED);
        validate(data, session, approved);
        if (!data.start().equals(session.getStart()) && data.start().isBefore(now)) {
            throw new TrainingException("start", "training.error.in-the-past");
        }
        boolean calendarChange = session.apply(withOrganiser(data, session.getCreatedBy()), now);
        approved += promoteWaitlisted(session);
        audit.record("TRAINING_SESSION_CHANGED", "TrainingSession", sessionId, "type=" + data.type());
        if (calendarChange) {
            tellRegistered(session, "training.notify.session-changed");
        }
        publishChanged(session, approved);
        return info(session, me);
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
            throw new TrainingException("", "training.error.cancel-started");
        }
        session.cancel(now);
        tellRegistered(session, "training.notify.session-cancelled");
        audit.record("TRAINING_SESSION_CANCELLED", "TrainingSession", sessionId, null);
        publishChanged(session, (int) registrations.countBySessionIdAndStatus(sessionId,
                RegistrationStatus.APPROVED));
    }

    @Transactional(readOnly = true)
    public Optional<SessionInfo> session(long sessionId) {
        var me = currentPerson.requireId();
        return sessions.findById(sessionId).map(s -> info(s, me));
    }

    /** The sessions overlapping [from, to) that match the filter: what the calendar's visible range shows. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> calendar(Instant from, Instant to, CalendarFilter filter) {
        var me = currentPerson.requireId();
        var mineIds = new HashSet<>(registrations.activeSessionIdsOf(me));
        var found = sessions.overlapping(from, to).stream()
                .filter(s -> filter.types().isEmpty() || filter.types().contains(s.getType()))
                .filter(s -> filter.audience() == null || s.getAudiences().contains(filter.audience()))
                .filter(s -> !filter.mineOnly() || mineIds.contains(s.id()) || s.getOrganiserIds().contains(me))
                .toList();
        var places = new PlaceLookup();
        found = found.stream()
                .filter(s -> filter.clusterId() == null || places.clusterIdsOf(s).contains(filter.clusterId()))
                .filter(s -> filter.organisationId() == null
                        || filter.organisationId().equals(places.organisationIdOf(s)))
                .toList();
        var approved = approvedCounts(found.stream().map(TrainingSession::id).toList());
        return found.stream().map(s -> new CalendarEntry(s.id(), s.getType(), s.getTitle(), s.getStart(),
                s.getEnd(), s.getPlace() != null ? s.getPlace() : s.getOnlineLink(), s.isCancelled(),
                s.getCapacity(), approved.getOrDefault(s.id(), 0),
                mineIds.contains(s.id()) || s.getOrganiserIds().contains(me))).toList();
    }

    /** Whether the reader may create sessions at all, and of which types. */
    @Transactional(readOnly = true)
    public boolean mayCreateSessions() {
        return rules.mayCreateAny();
    }

    /** Whether the reader may create a session of this type for this scope (the form offers only these). */
    @Transactional(readOnly = true)
    public boolean mayCreate(SessionType type, SessionScope scope, long scopeId) {
        return rules.mayCreate(type, scope, scopeId);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Sign-up, waitlist, approval

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
            throw new TrainingException("", "training.error.not-in-scope");
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
            throw new TrainingException("", "training.error.session-cancelled");
        }
        if (!now.isBefore(session.getSignupDeadline()) || !now.isBefore(session.getStart())) {
            throw new TrainingException("", "training.error.signup-closed");
        }
        var registration = registrations.findBySessionIdAndPersonId(sessionId, personId)
                .orElseGet(() -> new Registration(sessionId, personId));
        if (registration.getId() != null && registration.getStatus().active()) {
            return registration.getStatus();
        }
        if (registration.getStatus() == RegistrationStatus.REJECTED && registration.getId() != null) {
            throw new TrainingException("", "training.error.rejected-before");
        }
        RegistrationStatus status;
        if (session.isApprovalRequired() && !approvers.isEmpty()) {
            status = RegistrationStatus.PENDING;
        } else {
            long approved = registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.APPROVED);
            status = approved < session.getCapacity() ? RegistrationStatus.APPROVED : RegistrationStatus.WAITLISTED;
        }
        registration.signUp(status, queueNo, now);
        registrations.save(registration);
        audit.record("TRAINING_SIGNED_UP", "TrainingSession", sessionId, "person=" + personId + " " + status);
        if (status == RegistrationStatus.PENDING) {
            for (var manager : approvers) {
                notifications.send(manager, "training.notify.approval-requested",
                        List.of(personName, session.getTitle(), when(session.getStart())), "kalender/godkendelser",
                        "TrainingSession", sessionId);
            }
        } else if (status == RegistrationStatus.APPROVED) {
            publishChanged(session, (int) registrations.countBySessionIdAndStatus(sessionId,
                    RegistrationStatus.APPROVED));
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
                .orElseThrow(() -> new TrainingException("", "training.error.not-signed-up"));
        var now = clock.instant();
        if (!now.isBefore(session.getStart())) {
            throw new TrainingException("", "training.error.cancel-closed");
        }
        boolean heldSeat = registration.getStatus() == RegistrationStatus.APPROVED;
        registration.cancel(now);
        audit.record("TRAINING_SIGN_UP_CANCELLED", "TrainingSession", sessionId, "person=" + me);
        if (heldSeat && !session.isCancelled()) {
            promoteWaitlisted(session);
            publishChanged(session, (int) registrations.countBySessionIdAndStatus(sessionId,
                    RegistrationStatus.APPROVED));
        }
    }

    @Transactional(readOnly = true)
    public Optional<MyRegistration> myRegistration(long sessionId) {
        return myRegistrationOf(sessionId, currentPerson.requireId());
    }

    /** The reader's other active sign-ups that overlap this session in time, for the warning before signing up. */
    @Transactional(readOnly = true)
    public List<String> overlappingSignUps(long sessionId) {
        var me = currentPerson.requireId();
        var session = sessions.findById(sessionId).orElseThrow();
        return overlapsOf(session, me);
    }

    /** Sign-ups waiting for the reader as the participant's line manager, soonest session first. */
    @Transactional(readOnly = true)
    public List<PendingApproval> pendingApprovals() {
        var me = currentPerson.requireId();
        var result = new ArrayList<PendingApproval>();
        var managerCache = new HashMap<Long, Boolean>();
        for (var r : registrations.pendingForFutureSessions(clock.instant())) {
            boolean mine = managerCache.computeIfAbsent(r.getPersonId(),
                    p -> organisation.lineManagersOfPerson(p).stream().anyMatch(m -> m.id() == me));
            if (!mine || r.getPersonId() == me) {
                continue;
            }
            var s = sessions.findById(r.getSessionId()).orElseThrow();
            int approved = (int) registrations.countBySessionIdAndStatus(s.id(), RegistrationStatus.APPROVED);
            result.add(new PendingApproval(r.id(), s.id(), s.getType(), s.getTitle(), s.getStart(), s.getEnd(),
                    organisation.person(r.getPersonId()).orElseThrow(), r.getSignedUpAt(),
                    Math.max(0, s.getCapacity() - approved)));
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
            throw new TrainingException("", "training.error.already-decided");
        }
        var now = clock.instant();
        if (session.isCancelled() || !now.isBefore(session.getStart())) {
            throw new TrainingException("", "training.error.session-closed");
        }
        var params = List.of(session.getTitle(), when(session.getStart()));
        if (!approve) {
            registration.reject(me, now);
            audit.record("TRAINING_SIGN_UP_REJECTED", "TrainingSession", sessionId,
                    "person=" + registration.getPersonId());
            notifications.send(registration.getPersonId(), "training.notify.rejected", params,
                    LINK_PREFIX + sessionId, "TrainingSession", sessionId);
            return RegistrationStatus.REJECTED;
        }
        long approved = registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.APPROVED);
        var status = approved < session.getCapacity() ? RegistrationStatus.APPROVED : RegistrationStatus.WAITLISTED;
        // A seat is first come, first served from the moment of approval: the request held no seat while pending.
        registration.decide(status, queueNo, me, now);
        audit.record("TRAINING_SIGN_UP_APPROVED", "TrainingSession", sessionId,
                "person=" + registration.getPersonId() + " " + status);
        notifications.send(registration.getPersonId(), status == RegistrationStatus.APPROVED
                ? "training.notify.approved" : "training.notify.approved-waitlisted", params,
                LINK_PREFIX + sessionId, "TrainingSession", sessionId);
        if (status == RegistrationStatus.APPROVED) {
            publishChanged(session, (int) approved + 1);
        }
        return status;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Participants and attendance (organisers)

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
                .orElseThrow(() -> new TrainingException("", "training.error.not-a-participant"));
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
            throw new TrainingException("", "training.error.session-cancelled");
        }
        if (clock.instant().isBefore(session.getStart())) {
            throw new TrainingException("", "training.error.attendance-too-early");
        }
    }

    private void record(TrainingSession session, Registration registration, AttendanceStatus attendance, long by) {
        registration.markAttendance(attendance, by, clock.instant());
        audit.record("TRAINING_ATTENDANCE", "TrainingSession", session.id(),
                "person=" + registration.getPersonId() + " " + attendance);
        events.publishEvent(new AttendanceRecorded(session.id(), registration.getPersonId(), session.getType().name(),
                LocalDate.ofInstant(session.getStart(), Formats.zone()), attendance.name()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Imports of sessions that already took place (demo data, and later a migration from spreadsheets). Same
    // validation, records and events as the interactive path, without the rules that only make sense live
    // ("not in the past", sign-up deadline). Package-private: no view can reach them.

    long importSession(SessionData data, long creatorId) {
        validate(data, null, 0);
        var now = clock.instant();
        var session = new TrainingSession(creatorId, now);
        session.apply(withOrganiser(data, creatorId), now);
        sessions.save(session);
        audit.record("TRAINING_SESSION_IMPORTED", "TrainingSession", session.id(), "type=" + data.type());
        publishChanged(session, 0);
        return session.id();
    }

    RegistrationStatus importRegistration(long sessionId, long personId, Instant signedUpAt) {
        sessions.lockAndCount(sessionId);
        long queueNo = sessions.counter(sessionId);
        var session = sessions.findById(sessionId).orElseThrow();
        var registration = registrations.findBySessionIdAndPersonId(sessionId, personId)
                .orElseGet(() -> new Registration(sessionId, personId));
        long approved = registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.APPROVED);
        var status = approved < session.getCapacity() ? RegistrationStatus.APPROVED : RegistrationStatus.WAITLISTED;
        registration.signUp(status, queueNo, signedUpAt);
        registrations.save(registration);
        if (status == RegistrationStatus.APPROVED) {
            publishChanged(session, (int) approved + 1);
        }
        return status;
    }

    void importAttendance(long sessionId, long personId, AttendanceStatus attendance, long markedBy) {
        var session = sessions.findById(sessionId).orElseThrow();
        var registration = registrations.findBySessionIdAndPersonId(sessionId, personId)
                .filter(r -> r.getStatus() == RegistrationStatus.APPROVED).orElseThrow();
        record(session, registration, attendance, markedBy);
    }

    long sessionCount() {
        return sessions.count();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The reader's own sessions (training record, calendar files)

    /** The reader's sign-ups and attendance, newest session first. */
    @Transactional(readOnly = true)
    public List<RecordItem> mySessions() {
        var me = currentPerson.requireId();
        return sessionsOf(me);
    }

    List<RecordItem> sessionsOf(long personId) {
        var result = new ArrayList<RecordItem>();
        for (var r : registrations.findByPersonId(personId)) {
            sessions.findById(r.getSessionId()).ifPresent(s -> result.add(new RecordItem(RecordItem.Kind.SESSION,
                    s.id(), s.getType(), s.getTitle(), LocalDate.ofInstant(s.getStart(), Formats.zone()),
                    (int) java.time.Duration.between(s.getStart(), s.getEnd()).toMinutes(), r.getStatus(),
                    r.getAttendance(), s.isCancelled(), s.getStart(), List.of(), null)));
        }
        result.sort(Comparator.comparing(RecordItem::day).reversed());
        return result;
    }

    // ---------------------------------------------------------------------------------------------------------

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
                .map(s -> s.getTitle() + " (" + when(s.getStart()) + ")").toList();
    }

    /** Fills free seats from the waitlist in sign-up order and tells each person. Caller holds the lock. */
    private int promoteWaitlisted(TrainingSession session) {
        if (!clock.instant().isBefore(session.getStart())) {
            return 0;
        }
        long approved = registrations.countBySessionIdAndStatus(session.id(), RegistrationStatus.APPROVED);
        int promoted = 0;
        for (var next : registrations.findBySessionIdAndStatusOrderByQueueNo(session.id(),
                RegistrationStatus.WAITLISTED)) {
            if (approved + promoted >= session.getCapacity()) {
                break;
            }
            next.promote();
            promoted++;
            audit.record("TRAINING_PROMOTED", "TrainingSession", session.id(), "person=" + next.getPersonId());
            notifications.send(next.getPersonId(), "training.notify.promoted",
                    List.of(session.getTitle(), when(session.getStart())), LINK_PREFIX + session.id(),
                    "TrainingSession", session.id());
        }
        return promoted;
    }

    private void tellRegistered(TrainingSession session, String messageKey) {
        var told = new LinkedHashSet<Long>();
        for (var r : registrations.findBySessionIdOrderByQueueNo(session.id())) {
            if (r.getStatus().active() && told.add(r.getPersonId())) {
                notifications.send(r.getPersonId(), messageKey, List.of(session.getTitle(),
                        when(session.getStart())), LINK_PREFIX + session.id(), "TrainingSession", session.id());
            }
        }
    }

    private void publishChanged(TrainingSession s, int approved) {
        var places = new PlaceLookup();
        Long clusterId = s.getClusterId();
        Long organisationId = s.getOrganisationId();
        if (s.getScope() == SessionScope.UNIT) {
            var unit = places.unit(s.getUnitId());
            organisationId = unit == null ? null : unit.organisationId();
            clusterId = unit == null || unit.clusterIds().size() != 1 ? null : unit.clusterIds().getFirst();
        } else if (s.getScope() == SessionScope.ORGANISATION) {
            var clusters = places.clusterIdsOf(s);
            clusterId = clusters.size() == 1 ? clusters.iterator().next() : null;
        }
        events.publishEvent(new SessionChanged(s.id(), s.getType().name(), s.getStart(), s.getEnd(), clusterId,
                organisationId, s.getUnitId(), s.getCapacity(), approved, s.isCancelled()));
    }

    private void validate(SessionData d, @Nullable TrainingSession existing, int approved) {
        if (d.title() == null || d.title().isBlank()) {
            throw new TrainingException("title", "training.error.required");
        }
        tooLong("title", d.title(), SessionData.TITLE_MAX);
        tooLong("description", d.description(), SessionData.DESCRIPTION_MAX);
        tooLong("place", d.place(), SessionData.PLACE_MAX);
        tooLong("onlineLink", d.onlineLink(), SessionData.LINK_MAX);
        PatientDataGuard.check("training.field.title", d.title());
        PatientDataGuard.check("training.field.description", d.description());
        PatientDataGuard.check("training.field.place", d.place());
        PatientDataGuard.check("training.field.online-link", d.onlineLink());
        if (d.start() == null || d.end() == null) {
            throw new TrainingException("start", "training.error.required");
        }
        if (!d.end().isAfter(d.start())) {
            throw new TrainingException("end", "training.error.end-before-start");
        }
        if (java.time.Duration.between(d.start(), d.end()).toHours() > 24) {
            throw new TrainingException("end", "training.error.too-long-session");
        }
        if (isBlank(d.place()) && isBlank(d.onlineLink())) {
            throw new TrainingException("place", "training.error.place-required");
        }
        if (!isBlank(d.onlineLink()) && !d.onlineLink().strip().matches("(?i)https?://\\S+")) {
            throw new TrainingException("onlineLink", "training.error.link-invalid");
        }
        if (d.audiences() == null || d.audiences().isEmpty()) {
            throw new TrainingException("audiences", "training.error.audience-required");
        }
        if (d.capacity() < 1 || d.capacity() > SessionData.CAPACITY_MAX) {
            throw new TrainingException("capacity", "training.error.capacity-range", SessionData.CAPACITY_MAX);
        }
        if (existing != null && d.capacity() < approved) {
            throw new TrainingException("capacity", "training.error.capacity-below-approved", approved);
        }
        if (d.signupDeadline() != null && d.signupDeadline().isAfter(d.start())) {
            throw new TrainingException("signupDeadline", "training.error.deadline-after-start");
        }
    }

    private static void tooLong(String field, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            throw new TrainingException(field, "training.error.too-long", max, text.length());
        }
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static SessionData withOrganiser(SessionData d, long organiser) {
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

    static String when(Instant instant) {
        return LocalDateTime.ofInstant(instant, Formats.zone()).format(WHEN);
    }

    private Map<Long, Integer> approvedCounts(Collection<Long> ids) {
        var result = new HashMap<Long, Integer>();
        if (!ids.isEmpty()) {
            for (var row : registrations.approvedCounts(ids)) {
                result.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return result;
    }

    private SessionInfo info(TrainingSession s, long me) {
        var counts = new int[4];
        for (var r : registrations.findBySessionIdOrderByQueueNo(s.id())) {
            if (r.getStatus() == RegistrationStatus.APPROVED && r.getAttendance() != null
                    && r.getAttendance().tookPart()) {
                counts[3]++;
            }
            switch (r.getStatus()) {
                case APPROVED -> counts[0]++;
                case WAITLISTED -> counts[1]++;
                case PENDING -> counts[2]++;
                default -> {
                }
            }
        }
        var organisers = s.getOrganiserIds().stream().map(organisation::person).flatMap(Optional::stream).toList();
        var reader = organisation.person(me).orElseThrow();
        return new SessionInfo(s.id(), s.getVersion(), s.getType(), s.getTitle(), s.getDescription(), s.getStart(),
                s.getEnd(), s.getPlace(), s.getOnlineLink(), s.getScope(), s.scopeId(), scopeName(s),
                Set.copyOf(s.getAudiences()), s.getCapacity(), counts[0], counts[1], counts[2], counts[3],
                s.getSignupDeadline(), s.isApprovalRequired(), organisers, s.getCancelledAt(),
                rules.mayManage(s, me), rules.inScope(s, reader) && !rules.readOnly(),
                rules.inAudience(s.getAudiences(), reader),
                clock.instant());
    }

    String scopeName(TrainingSession s) {
        return switch (s.getScope()) {
            case CLUSTER -> organisation.cluster(s.getClusterId()).map(c -> c.name()).orElse("?");
            case ORGANISATION -> organisation.organisation(s.getOrganisationId()).map(o -> o.name()).orElse("?");
            case UNIT -> organisation.unit(s.getUnitId()).map(u -> u.name() + ", " + u.organisationName())
                    .orElse("?");
        };
    }

    /** Looks up units and organisations once per call, for filtering a visible range by place. */
    private final class PlaceLookup {
        private final Map<Long, @Nullable UnitSummary> units = new HashMap<>();
        private final Map<Long, Set<Long>> organisationClusters = new HashMap<>();

        @Nullable
        UnitSummary unit(@Nullable Long id) {
            return id == null ? null : units.computeIfAbsent(id, k -> organisation.unit(k).orElse(null));
        }

        Set<Long> clusterIdsOf(TrainingSession s) {
            return switch (s.getScope()) {
                case CLUSTER -> Set.of(s.getClusterId());
                case ORGANISATION -> organisationClusters.computeIfAbsent(s.getOrganisationId(),
                        id -> organisation.organisation(id).map(o -> o.clusters().stream().map(c -> c.id())
                                .collect(java.util.stream.Collectors.toSet())).orElse(Set.of()));
                case UNIT -> {
                    var unit = unit(s.getUnitId());
                    yield unit == null ? Set.of() : Set.copyOf(unit.clusterIds());
                }
            };
        }

        @Nullable
        Long organisationIdOf(TrainingSession s) {
            return switch (s.getScope()) {
                case CLUSTER -> null;
                case ORGANISATION -> s.getOrganisationId();
                case UNIT -> {
                    var unit = unit(s.getUnitId());
                    yield unit == null ? null : unit.organisationId();
                }
            };
        }
    }
}
