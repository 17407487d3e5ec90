package dk.sambo.portal.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.shared.ui.Formats;

/**
 * Reading the training calendar: the sessions of a visible range, one session's page, the reader's own sessions
 * and what the reader may create. Changes go through {@link TrainingSessions}, {@link SignUps},
 * {@link Approvals} and {@link Attendance}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TrainingCalendar {

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final TrainingRules rules;
    private final SessionInfos infos;
    private final OrganisationService organisation;
    private final CurrentPerson currentPerson;

    TrainingCalendar(TrainingSessionRepository sessions, RegistrationRepository registrations, TrainingRules rules,
            SessionInfos infos, OrganisationService organisation, CurrentPerson currentPerson) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.rules = rules;
        this.infos = infos;
        this.organisation = organisation;
        this.currentPerson = currentPerson;
    }

    public Optional<SessionInfo> session(long sessionId) {
        var me = currentPerson.requireId();
        return sessions.findById(sessionId).map(s -> infos.info(s, me));
    }

    /** The sessions overlapping [from, to) that match the filter: what the calendar's visible range shows. */
    public List<CalendarEntry> calendar(Instant from, Instant to, CalendarFilter filter) {
        var me = currentPerson.requireId();
        var mineIds = new HashSet<>(registrations.activeSessionIdsOf(me));
        var found = sessions.overlapping(from, to).stream()
                .filter(s -> filter.types().isEmpty() || filter.types().contains(s.getType()))
                .filter(s -> filter.audience() == null || s.getAudiences().contains(filter.audience()))
                .filter(s -> !filter.mineOnly() || mineIds.contains(s.id()) || s.getOrganiserIds().contains(me))
                .toList();
        var places = new SessionPlaces(organisation);
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
    public boolean mayCreateSessions() {
        return rules.mayCreateAny();
    }

    /** Whether the reader may create a session of this type for this scope (the form offers only these). */
    public boolean mayCreate(SessionType type, SessionScope scope, long scopeId) {
        return rules.mayCreate(type, scope, scopeId);
    }

    /** The reader's sign-ups and attendance, newest session first. */
    public List<RecordItem> mySessions() {
        return sessionsOf(currentPerson.requireId());
    }

    List<RecordItem> sessionsOf(long personId) {
        var result = new ArrayList<RecordItem>();
        var mine = registrations.findByPersonId(personId);
        if (mine.isEmpty()) {
            return result;
        }
        // The sessions in one read, not one per sign-up (issue 15: a nurse's start page read 22 one at a time).
        var byId = new HashMap<Long, TrainingSession>();
        sessions.findAllById(mine.stream().map(Registration::getSessionId).collect(Collectors.toSet()))
                .forEach(s -> byId.put(s.id(), s));
        for (var r : mine) {
            var s = byId.get(r.getSessionId());
            if (s != null) {
                result.add(new RecordItem(RecordItem.Kind.SESSION, s.id(), s.getType(), s.getTitle(),
                        LocalDate.ofInstant(s.getStart(), Formats.zone()),
                        (int) java.time.Duration.between(s.getStart(), s.getEnd()).toMinutes(), r.getStatus(),
                        r.getAttendance(), s.isCancelled(), s.getStart(), List.of(), null));
            }
        }
        result.sort(Comparator.comparing(RecordItem::day).reversed());
        return result;
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
}
