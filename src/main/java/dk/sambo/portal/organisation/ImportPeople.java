package dk.sambo.portal.organisation;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.domain.OrgDataQueries;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;
import dk.sambo.portal.organisation.domain.UnitRepository;
import dk.sambo.portal.shared.text.StoredText;

/**
 * The people steps of an import: adds new people with their STAFF (and LINE_MANAGER) role by JDBC batches,
 * updates, moves and reactivates the changed ones, and deactivates those a full import misses (their sessions end
 * through {@link PersonDeactivated}). Every change is audited.
 */
@Component
class ImportPeople {

    private final OrgDataQueries queries;
    private final UnitRepository units;
    private final PersonRepository people;
    private final RoleAssignmentRepository assignments;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final ImportBatches batches;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final Validator validator;

    ImportPeople(OrgDataQueries queries, UnitRepository units, PersonRepository people,
            RoleAssignmentRepository assignments, CurrentPerson currentPerson, AuditLog audit,
            ApplicationEventPublisher events, java.time.Clock clock, ImportBatches batches, JdbcTemplate jdbc,
            Validator validator) {
        this.queries = queries;
        this.units = units;
        this.people = people;
        this.assignments = assignments;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.batches = batches;
        this.jdbc = jdbc;
        this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
        this.validator = validator;
    }

    void changePeople(ImportPlan plan, Map<String, Long> unitIds) {
        var by = currentPerson.id().orElse(null);
        var now = java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        // New people by JDBC batches: identity ids keep Hibernate from batching, and three single-row inserts per
        // person (person, role, audit line) were most of a first import's time.
        batches.inBatches(plan.personAdds, batch -> addPeople(batch, unitIds, by, now));
        batches.inBatches(plan.personChanges, batch -> {
            var loaded = new HashMap<Long, Person>();
            var ids = batch.stream().map(s -> s.personId).toList();
            people.findAllById(ids).forEach(p -> loaded.put(p.id(), p));
            // The batch's unit roles in one query instead of several per person.
            var roles = new HashMap<Long, List<RoleAssignment>>();
            for (var ra : queries.unitRolesOf(ids)) {
                roles.computeIfAbsent(ra.getPerson().id(), k -> new ArrayList<>()).add(ra);
            }
            var lines = new ArrayList<AuditLog.Entry>();
            for (var spec : batch) {
                var person = loaded.get(spec.personId);
                var held = roles.getOrDefault(person.id(), new ArrayList<>());
                long unitId = unitIds.get(spec.unitKey);
                person.setName(spec.name);
                person.setJobTitle(spec.jobTitle);
                person.setKnowledgeTarget(spec.target);
                if (!person.isActive()) {
                    person.setActive(true);
                    lines.add(new AuditLog.Entry("PERSON_REACTIVATED", "Person", person.id(), "import"));
                }
                boolean moves = !Objects.equals(spec.oldUnitId, unitId);
                if (moves) {
                    if (spec.oldUnitId != null) {
                        revokeUnitRole(person.id(), held, spec.oldUnitId, Role.STAFF, lines);
                        revokeUnitRole(person.id(), held, spec.oldUnitId, Role.LINE_MANAGER, lines);
                    }
                    person.setUnit(units.getReferenceById(unitId));
                    if (!holds(held, unitId, Role.STAFF)) {
                        held.add(assignments.save(new RoleAssignment(person, Role.STAFF, ScopeType.UNIT, unitId, by,
                                now.toInstant())));
                    }
                }
                boolean managerNow = holds(held, unitId, Role.LINE_MANAGER);
                if (spec.leader && !managerNow) {
                    held.add(assignments.save(new RoleAssignment(person, Role.LINE_MANAGER, ScopeType.UNIT, unitId,
                            by, now.toInstant())));
                } else if (!spec.leader && managerNow) {
                    revokeUnitRole(person.id(), held, unitId, Role.LINE_MANAGER, lines);
                }
                lines.add(new AuditLog.Entry(moves ? "PERSON_MOVED" : "PERSON_UPDATED", "Person", person.id(),
                        "import unit=" + unitId));
            }
            audit.recordAll(lines);
        });
    }

    private void addPeople(List<ImportPlan.PersonSpec> batch, Map<String, Long> unitIds, @Nullable Long by,
            java.time.OffsetDateTime now) {
        var personRows = new ArrayList<Object[]>(batch.size());
        var emails = new ArrayList<String>(batch.size());
        for (var spec : batch) {
            // The checks Hibernate would make on insert: the central text cleaning, then Bean Validation.
            var person = new Person(Objects.requireNonNull(StoredText.clean(spec.name)),
                    StoredText.clean(spec.jobTitle), StoredText.clean(spec.email), null, spec.target);
            var violations = validator.validate(person);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            personRows.add(new Object[] {person.getName(), person.getJobTitle(), person.getEmail(),
                unitIds.get(spec.unitKey), spec.target.name()});
            emails.add(person.getEmail());
        }
        jdbc.batchUpdate("insert into person (version, name, job_title, email, unit_id, knowledge_target, active,"
                + " preferred_language) values (0, ?, ?, ?, ?, ?, true, 'da')", personRows,
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR});
        var idByEmail = new HashMap<String, Long>();
        namedJdbc.query("select id, email from person where email in (:emails)", Map.of("emails", emails),
                rs -> {
                    idByEmail.put(rs.getString(2), rs.getLong(1));
                });
        var roleRows = new ArrayList<Object[]>(batch.size() * 2);
        var lines = new ArrayList<AuditLog.Entry>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            var spec = batch.get(i);
            long personId = Objects.requireNonNull(idByEmail.get(emails.get(i)), "inserted person not found");
            long unitId = unitIds.get(spec.unitKey);
            roleRows.add(new Object[] {personId, Role.STAFF.name(), ScopeType.UNIT.name(), unitId, by, now});
            if (spec.leader) {
                roleRows.add(new Object[] {personId, Role.LINE_MANAGER.name(), ScopeType.UNIT.name(), unitId, by,
                    now});
            }
            lines.add(new AuditLog.Entry("PERSON_CREATED", "Person", personId, "import unit=" + unitId));
        }
        jdbc.batchUpdate("insert into role_assignment (version, person_id, role, scope_type, scope_id, granted_by,"
                + " granted_at, from_appointment) values (0, ?, ?, ?, ?, ?, ?, false)", roleRows,
                new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
                    Types.TIMESTAMP_WITH_TIMEZONE});
        audit.recordAll(lines);
    }

    private static boolean holds(List<RoleAssignment> held, long unitId, Role role) {
        return held.stream().anyMatch(ra -> ra.getRole() == role && Objects.equals(ra.getScopeId(), unitId));
    }

    private void revokeUnitRole(long personId, List<RoleAssignment> held, long unitId, Role role,
            List<AuditLog.Entry> lines) {
        for (var assignment : List.copyOf(held)) {
            if (assignment.getRole() == role && Objects.equals(assignment.getScopeId(), unitId)) {
                held.remove(assignment);
                assignments.delete(assignment);
                lines.add(new AuditLog.Entry("ROLE_REVOKED", "Person", personId, role + " UNIT:" + unitId + " import"));
                events.publishEvent(new RoleRevoked(personId, role));
            }
        }
    }

    void deactivate(ImportPlan plan) {
        batches.inBatches(plan.deactivations, batch -> {
            var lines = new ArrayList<AuditLog.Entry>(batch.size());
            for (var person : people.findAllById(batch)) {
                person.setActive(false);
                lines.add(new AuditLog.Entry("PERSON_DEACTIVATED", "Person", person.id(),
                        "import: missing from a full import"));
                events.publishEvent(new PersonDeactivated(person.id()));
            }
            audit.recordAll(lines);
        });
    }
}
