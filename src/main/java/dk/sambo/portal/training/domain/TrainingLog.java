package dk.sambo.portal.training.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataGuard;
import dk.sambo.portal.training.TrainingLogEntryRemoved;
import dk.sambo.portal.training.TrainingLogged;

/**
 * The training log: culture bearers and line managers record training they gave outside the calendar (practice
 * training at the morning meeting, a peer-coaching talk), and everyone sees their own training record. Each entry
 * is published as {@link TrainingLogged} (again on every edit) and {@link TrainingLogEntryRemoved} on delete.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TrainingLog {

    /** How far back an entry may be dated: training is logged soon after, not years later. */
    static final int MAX_DAYS_BACK = 366;

    private final TrainingLogEntryRepository entries;
    private final TrainingRules rules;
    private final TrainingCalendar calendar;
    private final OrganisationService organisation;
    private final TopicService topics;
    private final AccessControl access;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingLog(TrainingLogEntryRepository entries, TrainingRules rules, TrainingCalendar calendar,
            OrganisationService organisation, TopicService topics, AccessControl access, CurrentPerson currentPerson,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.rules = rules;
        this.calendar = calendar;
        this.organisation = organisation;
        this.topics = topics;
        this.access = access;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LogEntryInfo add(LogEntryData data) {
        var me = currentPerson.requireId();
        requireMayLog(data.unitId());
        validate(data);
        var entry = new TrainingLogEntry(me, clock.instant());
        entry.apply(data, clock.instant());
        entries.save(entry);
        audit.record("TRAINING_LOGGED", "TrainingLogEntry", entry.id(), "unit=" + data.unitId() + " type="
                + data.type());
        publish(entry);
        return info(entry, me);
    }

    public LogEntryInfo update(long entryId, long expectedVersion, LogEntryData data) {
        var me = currentPerson.requireId();
        var entry = entries.findById(entryId).orElseThrow();
        requireMayEdit(entry, me);
        requireMayLog(data.unitId());
        if (entry.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Log entry " + entryId + " was changed meanwhile");
        }
        validate(data);
        entry.apply(data, clock.instant());
        entries.flush();
        audit.record("TRAINING_LOG_CHANGED", "TrainingLogEntry", entryId, "unit=" + data.unitId());
        publish(entry);
        return info(entry, me);
    }

    public void remove(long entryId) {
        var me = currentPerson.requireId();
        var entry = entries.findById(entryId).orElseThrow();
        requireMayEdit(entry, me);
        entries.delete(entry);
        audit.record("TRAINING_LOG_REMOVED", "TrainingLogEntry", entryId, null);
        events.publishEvent(new TrainingLogEntryRemoved(entryId));
    }

    /** The units the reader logs training for: where they are culture bearer or line manager, and below. */
    @Transactional(readOnly = true)
    public List<UnitSummary> myLogUnits() {
        var result = new LinkedHashMap<Long, UnitSummary>();
        for (var grant : access.grants()) {
            if ((grant.role() == Role.CULTURE_BEARER || grant.role() == Role.LINE_MANAGER)
                    && grant.scopeType() == ScopeType.UNIT && grant.scopeId() != null) {
                organisation.unit(grant.scopeId()).ifPresent(top -> organisation.unitsOf(top.organisationId())
                        .stream().filter(u -> u.isOpen() && u.path().startsWith(top.path()))
                        .forEach(u -> result.putIfAbsent(u.id(), u)));
            }
        }
        return List.copyOf(result.values());
    }

    /** The unit a new entry starts with: the reader's own unit when they log for it, else their first. */
    @Transactional(readOnly = true)
    public Optional<UnitSummary> defaultUnit() {
        var units = myLogUnits();
        var mine = organisation.person(currentPerson.requireId()).map(PersonSummary::unitId).orElse(null);
        return units.stream().filter(u -> u.id() == (mine == null ? -1 : mine)).findFirst()
                .or(() -> units.stream().findFirst());
    }

    /** Colleagues to pick as participants: the active people of the unit and the units below it. */
    @Transactional(readOnly = true)
    public List<PersonSummary> peopleOf(long unitId) {
        requireMayLog(unitId);
        return organisation.activePeopleIn(unitId);
    }

    /** Entries for the reader's units, newest first. */
    @Transactional(readOnly = true)
    public List<LogEntryInfo> forMyUnits(int offset, int limit) {
        var me = currentPerson.requireId();
        var unitIds = myLogUnits().stream().map(UnitSummary::id).toList();
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return entries.forUnits(unitIds, PageRequest.of(offset / limit, limit)).stream().map(e -> info(e, me))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countForMyUnits() {
        var unitIds = myLogUnits().stream().map(UnitSummary::id).toList();
        return unitIds.isEmpty() ? 0 : entries.countForUnits(unitIds);
    }

    /** The reader's training record: sessions signed up for and attended, and logged training they received. */
    @Transactional(readOnly = true)
    public List<RecordItem> myRecord() {
        var me = currentPerson.requireId();
        var result = new ArrayList<>(calendar.sessionsOf(me));
        var logged = entries.withParticipant(me);
        var loggers = organisation.people(logged.stream().map(TrainingLogEntry::getLoggedBy).toList());
        for (var e : logged) {
            var by = Optional.ofNullable(loggers.get(e.getLoggedBy())).map(PersonSummary::name).orElse(null);
            result.add(new RecordItem(RecordItem.Kind.LOG, e.id(), e.getType(), "", e.getDay(), e.getMinutes(),
                    null, null, false, null, List.copyOf(e.getTopicCodes()), by));
        }
        result.sort(Comparator.comparing(RecordItem::day).reversed());
        return result;
    }

    private void requireMayLog(long unitId) {
        if (!rules.mayLog(unitId)) {
            throw new AccessDeniedException("May not log training for unit " + unitId);
        }
    }

    private void requireMayEdit(TrainingLogEntry entry, long me) {
        if (entry.getLoggedBy() != me && !access.coversUnit(Role.LINE_MANAGER, entry.getUnitId())
                && !access.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only the one who logged it or the unit's line manager may change it");
        }
    }

    /** Refuses the entry with every broken rule at once; a CPR number in the note is refused first, on its own. */
    private void validate(LogEntryData d) {
        PatientDataGuard.check("training.field.note", d.note());
        var today = LocalDate.now(clock);
        var colleagues = new HashSet<Long>();
        organisation.activePeopleIn(d.unitId()).forEach(p -> colleagues.add(p.id()));
        RuleViolation.collect()
                .when(!d.type().loggable(), "type", "training.error.log-type")
                .when(d.day() == null, "day", "training.error.required")
                .when(d.day() != null && d.day().isAfter(today), "day", "training.error.log-in-future")
                .when(d.day() != null && d.day().isBefore(today.minusDays(MAX_DAYS_BACK)), "day",
                        "training.error.log-too-old")
                .when(d.minutes() < 1 || d.minutes() > LogEntryData.MINUTES_MAX, "minutes",
                        "training.error.minutes-range", LogEntryData.MINUTES_MAX)
                .when(d.participantIds().isEmpty()
                        && (d.headCount() < 1 || d.headCount() > LogEntryData.HEAD_COUNT_MAX), "headCount",
                        "training.error.participants-required")
                .when(d.note() != null && d.note().length() > LogEntryData.NOTE_MAX, "note", "training.error.too-long",
                        LogEntryData.NOTE_MAX, d.note() == null ? 0 : d.note().length())
                .when(!colleagues.containsAll(d.participantIds()), "participants",
                        "training.error.participant-not-in-unit")
                .when(d.topicCodes().stream().anyMatch(code -> topics.byCode(code).isEmpty()), "topics",
                        "training.error.unknown-topic")
                .throwIfAny();
    }

    private void publish(TrainingLogEntry e) {
        events.publishEvent(new TrainingLogged(e.id(), e.getType().name(), e.getDay(), e.getUnitId(),
                e.getLoggedBy(), List.copyOf(e.getParticipantIds()), e.getHeadCount(), e.getMinutes()));
    }

    private LogEntryInfo info(TrainingLogEntry e, long me) {
        var unitName = organisation.unit(e.getUnitId()).map(UnitSummary::name).orElse("?");
        var by = organisation.person(e.getLoggedBy()).map(PersonSummary::name).orElse("?");
        var people = e.getParticipantIds().stream().map(organisation::person).flatMap(Optional::stream)
                .sorted(Comparator.comparing(PersonSummary::name)).toList();
        boolean mayEdit = e.getLoggedBy() == me || access.coversUnit(Role.LINE_MANAGER, e.getUnitId());
        return new LogEntryInfo(e.id(), e.getVersion(), e.getType(), e.getDay(), e.getMinutes(), e.getUnitId(),
                unitName, e.getLoggedBy(), by, people, e.getHeadCount(), Set.copyOf(e.getTopicCodes()), e.getNote(),
                mayEdit);
    }

}
