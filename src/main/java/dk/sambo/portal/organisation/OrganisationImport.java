package dk.sambo.portal.organisation;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.ImportPreview.Change;
import dk.sambo.portal.organisation.ImportPreview.Kind;
import dk.sambo.portal.organisation.ImportPreview.RowError;
import dk.sambo.portal.organisation.OrganisationFile.Column;
import dk.sambo.portal.organisation.OrganisationFile.ImportRow;
import dk.sambo.portal.shared.privacy.PatientDataGuard;
import dk.sambo.portal.shared.text.StoredText;
import dk.sambo.portal.organisation.domain.Cluster;
import dk.sambo.portal.organisation.domain.ClusterRepository;
import dk.sambo.portal.organisation.domain.OrgDataQueries;
import dk.sambo.portal.organisation.domain.Organisation;
import dk.sambo.portal.organisation.domain.OrganisationRepository;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;
import dk.sambo.portal.organisation.domain.Unit;
import dk.sambo.portal.organisation.domain.UnitRepository;

/**
 * Loads units and people from the file HR and IT produce ({@link OrganisationFile}). {@link #preview} compares the
 * file with the database and says what would be added, changed, moved and deactivated, with every error per line;
 * {@link #apply} compares again (never trusting an old preview), refuses a file with errors, and stores the
 * changes in batches of {@value #BATCH}, each its own short transaction, so no giant transaction holds locks.
 * The same file twice changes nothing. A full import deactivates (never deletes) the active people of the file's
 * organisations who are missing from it; their sessions end and each deactivation is audited.
 *
 * <p>Units are matched by (organisation, unit code), people by e-mail. The file owns, for the people in it, their
 * name, job title, knowledge target, unit (with the STAFF role there) and the LINE_MANAGER role in that unit.
 */
@Service
public class OrganisationImport {

    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(OrganisationImport.class);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final OrgDataQueries queries;
    private final UnitRepository units;
    private final PersonRepository people;
    private final RoleAssignmentRepository assignments;
    private final OrganisationRepository organisations;
    private final ClusterRepository clusters;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final Validator validator;

    OrganisationImport(OrgDataQueries queries, UnitRepository units, PersonRepository people,
            RoleAssignmentRepository assignments, OrganisationRepository organisations, ClusterRepository clusters,
            CurrentPerson currentPerson, AuditLog audit, ApplicationEventPublisher events, java.time.Clock clock,
            PlatformTransactionManager transactions, JdbcTemplate jdbc, Validator validator) {
        this.queries = queries;
        this.units = units;
        this.people = people;
        this.assignments = assignments;
        this.organisations = organisations;
        this.clusters = clusters;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.jdbc = jdbc;
        this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
        this.validator = validator;
    }

    /** What the file would change; stores nothing. {@code full}: people missing from it would be deactivated. */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview preview(List<ImportRow> rows, boolean full) {
        return readTx.execute(status -> plan(rows, full)).preview();
    }

    /** Stores what {@link #preview} shows; refuses a file with errors (nothing is stored then). */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview apply(List<ImportRow> rows, boolean full) {
        var plan = readTx.execute(status -> plan(rows, full));
        var preview = plan.preview();
        if (preview.hasErrors()) {
            throw new ImportRefused(preview);
        }
        long started = System.nanoTime();
        var unitIds = addUnits(plan);
        changeUnits(plan, unitIds);
        long unitsDone = System.nanoTime();
        changePeople(plan, unitIds);
        long peopleDone = System.nanoTime();
        deactivate(plan);
        tx.executeWithoutResult(status -> audit.record("ORGANISATION_IMPORTED", "Organisation", null,
                (full ? "full " : "partial ") + preview.counts()));
        long done = System.nanoTime();
        LOG.info("Organisation import: {} rows, {} in {} ms (units {} ms, people {} ms, deactivations {} ms)",
                rows.size(), preview.counts(), (done - started) / 1_000_000, (unitsDone - started) / 1_000_000,
                (peopleDone - unitsDone) / 1_000_000, (done - peopleDone) / 1_000_000);
        return preview;
    }

    // ---------------------------------------------------------------- planning

    private Plan plan(List<ImportRow> rows, boolean full) {
        var plan = new Plan(rows.size());
        Map<String, Organisation> orgs = new HashMap<>();
        for (var o : organisations.findAll()) {
            orgs.put(o.getCode().toUpperCase(Locale.ROOT), o);
            orgs.putIfAbsent(o.getName().toLowerCase(Locale.ROOT), o);
        }
        Map<String, Cluster> clusterByKey = new HashMap<>();
        for (var c : clusters.findAll()) {
            clusterByKey.put(c.getCode().toUpperCase(Locale.ROOT), c);
            clusterByKey.putIfAbsent(c.getName().toLowerCase(Locale.ROOT), c);
        }
        for (var u : queries.allUnits()) {
            if (u.getCode() != null) {
                plan.existingUnits.put(key(u.getOrganisation().id(), u.getCode()), u);
            }
        }

        for (var row : rows) {
            planRow(plan, row, orgs, clusterByKey);
        }
        planUnits(plan);
        planPeople(plan, full);
        return plan;
    }

    private void planRow(Plan plan, ImportRow row, Map<String, Organisation> orgs, Map<String, Cluster> clusterByKey) {
        int line = row.line();
        boolean cpr = false;
        for (var column : Column.values()) {
            var finding = PatientDataGuard.find(row.get(column));
            if (finding.isPresent()) {
                plan.error(line, column, "orgdata.import.error.cpr", finding.get().masked());
                cpr = true;
            }
        }
        if (cpr) {
            return;
        }
        var orgValue = row.get(Column.ORGANISATION);
        Organisation org = null;
        if (orgValue.isBlank()) {
            plan.error(line, Column.ORGANISATION, "orgdata.import.error.organisation-missing");
        } else {
            org = orgs.get(orgValue.toUpperCase(Locale.ROOT));
            if (org == null) {
                org = orgs.get(orgValue.toLowerCase(Locale.ROOT));
            }
            if (org == null) {
                plan.error(line, Column.ORGANISATION, "orgdata.import.error.unknown-organisation", orgValue);
            }
        }
        var code = UnitAdministration.cleanCode(row.get(Column.UNIT_CODE));
        if (code == null) {
            plan.error(line, Column.UNIT_CODE, "orgdata.import.error.unit-code-missing");
        }
        if (org == null || code == null) {
            return;
        }
        var key = key(org.id(), code);
        var unitName = row.get(Column.UNIT_NAME);
        if (!unitName.isBlank()) {
            Cluster cluster = null;
            var clusterValue = row.get(Column.CLUSTER);
            if (!clusterValue.isBlank()) {
                cluster = clusterByKey.get(clusterValue.toUpperCase(Locale.ROOT));
                if (cluster == null) {
                    cluster = clusterByKey.get(clusterValue.toLowerCase(Locale.ROOT));
                }
                if (cluster == null) {
                    plan.error(line, Column.CLUSTER, "orgdata.import.error.unknown-cluster", clusterValue);
                } else if (!org.getClusters().contains(cluster)) {
                    plan.error(line, Column.CLUSTER, "orgdata.import.error.cluster-not-served", cluster.getName(),
                            org.getName());
                    cluster = null;
                }
            }
            var parentCode = UnitAdministration.cleanCode(row.get(Column.PARENT_CODE));
            var spec = plan.fileUnits.get(key);
            if (spec == null || !spec.defined) {
                var defined = new UnitSpec(line, org, code, unitName, parentCode, cluster, true);
                plan.fileUnits.put(key, defined);
            } else if (!spec.name.equals(unitName) || !Objects.equals(spec.parentCode, parentCode)
                    || !Objects.equals(spec.cluster, cluster)) {
                plan.error(line, Column.UNIT_CODE, "orgdata.import.error.unit-conflict", code,
                        String.valueOf(spec.line));
            }
        } else {
            plan.fileUnits.putIfAbsent(key, new UnitSpec(line, org, code, "", null, null, false));
        }

        var email = row.get(Column.EMAIL).toLowerCase(Locale.ROOT);
        if (email.isBlank()) {
            return;
        }
        boolean ok = true;
        if (!EMAIL.matcher(email).matches()) {
            plan.error(line, Column.EMAIL, "orgdata.import.error.invalid-email", email);
            ok = false;
        }
        var first = plan.people.get(email);
        if (first != null) {
            plan.error(line, Column.EMAIL, "orgdata.import.error.duplicate-email", email, String.valueOf(first.line));
            ok = false;
        }
        var name = row.get(Column.NAME);
        if (name.isBlank()) {
            plan.error(line, Column.NAME, "orgdata.import.error.name-missing");
            ok = false;
        }
        var target = knowledgeTarget(row.get(Column.KNOWLEDGE_TARGET));
        if (target == null) {
            plan.error(line, Column.KNOWLEDGE_TARGET, "orgdata.import.error.unknown-knowledge-target",
                    row.get(Column.KNOWLEDGE_TARGET));
            ok = false;
        }
        var leader = flag(row.get(Column.LEADER));
        if (leader == null) {
            plan.error(line, Column.LEADER, "orgdata.import.error.unknown-leader", row.get(Column.LEADER));
            ok = false;
        }
        if (ok) {
            var jobTitle = row.get(Column.JOB_TITLE);
            plan.people.put(email, new PersonSpec(line, email, name, jobTitle.isBlank() ? null : jobTitle, target,
                    leader, key));
        }
    }

    private void planUnits(Plan plan) {
        for (var entry : plan.fileUnits.entrySet()) {
            var spec = entry.getValue();
            var existing = plan.existingUnits.get(entry.getKey());
            if (existing != null && existing.isClosed()) {
                plan.error(spec.line, Column.UNIT_CODE, "orgdata.import.error.closed-unit", spec.code);
                continue;
            }
            if (!spec.defined) {
                if (existing == null) {
                    plan.error(spec.line, Column.UNIT_CODE, "orgdata.import.error.unknown-unit", spec.code);
                }
                continue;
            }
            if (spec.parentCode != null) {
                var parentKey = key(spec.organisation.id(), spec.parentCode);
                var parentSpec = plan.fileUnits.get(parentKey);
                if ((parentSpec == null || !parentSpec.defined) && !plan.existingUnits.containsKey(parentKey)) {
                    plan.error(spec.line, Column.PARENT_CODE, "orgdata.import.error.unknown-parent", spec.parentCode);
                    continue;
                }
                if (inCycle(plan, entry.getKey())) {
                    plan.error(spec.line, Column.PARENT_CODE, "orgdata.import.error.cycle", spec.code,
                            spec.parentCode);
                    continue;
                }
            }
            if (existing == null) {
                plan.changes.add(new Change(Kind.UNIT_ADD, spec.line, spec.code, spec.name));
                plan.unitAdds.add(entry.getKey());
                continue;
            }
            if (!existing.getName().equals(spec.name) || !Objects.equals(existing.getCluster(), spec.cluster)) {
                plan.changes.add(new Change(Kind.UNIT_CHANGE, spec.line, spec.code,
                        existing.getName() + " → " + spec.name));
                plan.unitChanges.add(entry.getKey());
            }
            var existingParent = existing.getParent() == null ? null : existing.getParent().getCode();
            if (!Objects.equals(existingParent, spec.parentCode)) {
                plan.changes.add(new Change(Kind.UNIT_MOVE, spec.line, spec.code,
                        Objects.toString(existingParent, "–") + " → " + Objects.toString(spec.parentCode, "–")));
                plan.unitMoves.add(entry.getKey());
            }
        }
    }

    /** True if following the parents from this unit (as the file would leave them) comes back to it. */
    private boolean inCycle(Plan plan, String start) {
        var seen = new HashSet<String>();
        var current = start;
        while (current != null && seen.add(current)) {
            var spec = plan.fileUnits.get(current);
            String parentCode;
            long orgId;
            if (spec != null && spec.defined) {
                parentCode = spec.parentCode;
                orgId = spec.organisation.id();
            } else {
                var existing = plan.existingUnits.get(current);
                if (existing == null || existing.getParent() == null) {
                    return false;
                }
                parentCode = existing.getParent().getCode();
                orgId = existing.getOrganisation().id();
            }
            if (parentCode == null) {
                return false;
            }
            current = key(orgId, parentCode);
            if (current.equals(start)) {
                return true;
            }
        }
        return false;
    }

    private void planPeople(Plan plan, boolean full) {
        var byEmail = new HashMap<String, OrgDataQueries.PersonRow>();
        var all = queries.allPeople();
        for (var p : all) {
            if (p.email() != null) {
                byEmail.put(p.email().toLowerCase(Locale.ROOT), p);
            }
        }
        var managerOf = new HashSet<String>();
        for (var r : queries.unitRoles()) {
            if (r.role() == Role.LINE_MANAGER) {
                managerOf.add(r.personId() + ":" + r.unitId());
            }
        }
        for (var spec : plan.people.values()) {
            var unitSpec = plan.fileUnits.get(spec.unitKey);
            if (unitSpec == null) {
                continue;
            }
            var existingUnit = plan.existingUnits.get(spec.unitKey);
            if (existingUnit == null && !unitSpec.defined) {
                continue; // the unit's own error says why
            }
            var existing = byEmail.get(spec.email);
            if (existing == null) {
                plan.changes.add(new Change(Kind.PERSON_ADD, spec.line, spec.email, spec.name));
                plan.personAdds.add(spec);
                continue;
            }
            spec.personId = existing.id();
            Long targetUnitId = existingUnit == null ? null : existingUnit.id();
            var changed = new ArrayList<String>();
            if (!existing.name().equals(spec.name)) {
                changed.add(Column.NAME.header());
            }
            if (!Objects.equals(existing.jobTitle(), spec.jobTitle)) {
                changed.add(Column.JOB_TITLE.header());
            }
            if (existing.knowledgeTarget() != spec.target) {
                changed.add(Column.KNOWLEDGE_TARGET.header());
            }
            if (!existing.active()) {
                changed.add("active");
            }
            boolean isManager = targetUnitId != null && managerOf.contains(existing.id() + ":" + targetUnitId);
            if (isManager != spec.leader) {
                changed.add(Column.LEADER.header());
            }
            boolean moves = !Objects.equals(existing.unitId(), targetUnitId);
            if (!changed.isEmpty()) {
                plan.changes.add(new Change(Kind.PERSON_CHANGE, spec.line, spec.email, String.join(", ", changed)));
            }
            if (moves) {
                plan.changes.add(new Change(Kind.PERSON_MOVE, spec.line, spec.email, unitSpec.code));
            }
            if (!changed.isEmpty() || moves) {
                spec.oldUnitId = existing.unitId();
                spec.managerBefore = isManager;
                plan.personChanges.add(spec);
            }
        }
        if (full) {
            var orgIds = new HashSet<Long>();
            plan.fileUnits.values().forEach(u -> orgIds.add(u.organisation.id()));
            var me = currentPerson.id().orElse(-1L);
            for (var p : all) {
                if (p.active() && p.organisationId() != null && orgIds.contains(p.organisationId())
                        && (p.email() == null || !plan.people.containsKey(p.email().toLowerCase(Locale.ROOT)))
                        && p.id() != me) {
                    plan.changes.add(new Change(Kind.PERSON_DEACTIVATE, 0, Objects.toString(p.email(), p.name()),
                            p.name()));
                    plan.deactivations.add(p.id());
                }
            }
        }
    }

    // ---------------------------------------------------------------- applying

    private Map<String, Long> addUnits(Plan plan) {
        var ids = new HashMap<String, Long>();
        var paths = new HashMap<String, String>();
        plan.existingUnits.forEach((key, unit) -> {
            ids.put(key, unit.id());
            paths.put(key, unit.getPath());
        });
        // Parents first: each round adds the units whose parent exists by then.
        var pending = new ArrayList<>(plan.unitAdds);
        while (!pending.isEmpty()) {
            var ready = new ArrayList<String>();
            for (var key : pending) {
                var spec = plan.fileUnits.get(key);
                if (spec.parentCode == null || ids.containsKey(key(spec.organisation.id(), spec.parentCode))) {
                    ready.add(key);
                }
            }
            if (ready.isEmpty()) {
                throw new IllegalStateException("Unit parents could not be ordered: " + pending);
            }
            pending.removeAll(new HashSet<>(ready));
            inBatches(ready, batch -> insertUnits(plan, batch, ids, paths));
        }
        return ids;
    }

    /** One batch of new units whose parents exist, by JDBC: insert, read the ids back, set the paths, audit. */
    private void insertUnits(Plan plan, List<String> batch, Map<String, Long> ids, Map<String, String> paths) {
        var rows = new ArrayList<Object[]>(batch.size());
        var codes = new ArrayList<String>(batch.size());
        for (var key : batch) {
            var spec = plan.fileUnits.get(key);
            var unit = new Unit(spec.organisation, null, spec.cluster, Objects.requireNonNull(StoredText.clean(spec.name)));
            var violations = validator.validate(unit);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            var code = spec.code;
            rows.add(new Object[] {spec.organisation.id(),
                spec.parentCode == null ? null : ids.get(key(spec.organisation.id(), spec.parentCode)),
                spec.cluster == null ? null : spec.cluster.id(), unit.getName(), code});
            codes.add(code);
        }
        jdbc.batchUpdate("insert into org_unit (version, organisation_id, parent_id, cluster_id, name, path, code)"
                + " values (0, ?, ?, ?, ?, '/', ?)", rows,
                new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR});
        namedJdbc.query("select id, organisation_id, code from org_unit where code in (:codes)",
                Map.of("codes", codes), rs -> {
                    ids.putIfAbsent(key(rs.getLong(2), rs.getString(3)), rs.getLong(1));
                });
        var pathRows = new ArrayList<Object[]>(batch.size());
        var lines = new ArrayList<AuditLog.Entry>(batch.size());
        for (var key : batch) {
            var spec = plan.fileUnits.get(key);
            long id = Objects.requireNonNull(ids.get(key), "inserted unit not found");
            var path = (spec.parentCode == null ? "/" : paths.get(key(spec.organisation.id(), spec.parentCode)))
                    + id + "/";
            paths.put(key, path);
            pathRows.add(new Object[] {path, id});
            lines.add(new AuditLog.Entry("UNIT_CREATED", "Unit", id, "import code=" + spec.code));
        }
        jdbc.batchUpdate("update org_unit set path = ? where id = ?", pathRows,
                new int[] {Types.VARCHAR, Types.BIGINT});
        audit.recordAll(lines);
    }

    private void changeUnits(Plan plan, Map<String, Long> ids) {
        inBatches(plan.unitChanges, batch -> {
            for (var key : batch) {
                var spec = plan.fileUnits.get(key);
                var unit = units.findById(ids.get(key)).orElseThrow();
                unit.rename(spec.name);
                unit.setCluster(spec.cluster == null ? null : clusters.getReferenceById(spec.cluster.id()));
                audit.record("UNIT_RENAMED", "Unit", unit.id(), "import");
            }
        });
        // Moves one after the other, each re-pathing its subtree as the database has it by then.
        inBatches(plan.unitMoves, batch -> {
            for (var key : batch) {
                var spec = plan.fileUnits.get(key);
                var unit = units.findById(ids.get(key)).orElseThrow();
                var parent = spec.parentCode == null ? null
                        : units.findById(ids.get(key(spec.organisation.id(), spec.parentCode))).orElseThrow();
                var subtree = units.findSubtree(unit.getPath());
                unit.moveUnder(parent);
                subtree.stream().sorted(java.util.Comparator.comparingInt(u -> u.getPath().length()))
                        .forEach(Unit::repath);
                units.flush();
                audit.record("UNIT_MOVED", "Unit", unit.id(), "import parent=" + spec.parentCode);
            }
        });
    }

    private void changePeople(Plan plan, Map<String, Long> unitIds) {
        var by = currentPerson.id().orElse(null);
        var now = java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        // New people by JDBC batches: identity ids keep Hibernate from batching, and three single-row inserts per
        // person (person, role, audit line) were most of a first import's time.
        inBatches(plan.personAdds, batch -> addPeople(batch, unitIds, by, now));
        inBatches(plan.personChanges, batch -> {
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

    private void addPeople(List<PersonSpec> batch, Map<String, Long> unitIds, @Nullable Long by,
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

    private void deactivate(Plan plan) {
        inBatches(plan.deactivations, batch -> {
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

    private <T> void inBatches(List<T> items, Consumer<List<T>> work) {
        for (int from = 0; from < items.size(); from += BATCH) {
            var batch = items.subList(from, Math.min(items.size(), from + BATCH));
            tx.executeWithoutResult(status -> work.accept(batch));
        }
    }

    private static String key(long organisationId, String code) {
        return organisationId + ":" + code;
    }

    static @Nullable KnowledgeTarget knowledgeTarget(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "overall", "overordnet" -> KnowledgeTarget.OVERALL;
            case "in_depth", "in-depth", "dybdegående", "dybdegaaende", "indgående" -> KnowledgeTarget.IN_DEPTH;
            case "none", "ingen" -> KnowledgeTarget.NONE;
            default -> null;
        };
    }

    static @Nullable Boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "nej", "no", "false", "0", "n" -> Boolean.FALSE;
            case "ja", "yes", "true", "1", "x", "j", "y" -> Boolean.TRUE;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- plan state

    private static final class UnitSpec {
        final int line;
        final Organisation organisation;
        final String code;
        final String name;
        final @Nullable String parentCode;
        final @Nullable Cluster cluster;
        final boolean defined;

        UnitSpec(int line, Organisation organisation, String code, String name, @Nullable String parentCode,
                @Nullable Cluster cluster, boolean defined) {
            this.line = line;
            this.organisation = organisation;
            this.code = code;
            this.name = name;
            this.parentCode = parentCode;
            this.cluster = cluster;
            this.defined = defined;
        }
    }

    private static final class PersonSpec {
        final int line;
        final String email;
        final String name;
        final @Nullable String jobTitle;
        final KnowledgeTarget target;
        final boolean leader;
        final String unitKey;
        long personId;
        @Nullable Long oldUnitId;
        boolean managerBefore;

        PersonSpec(int line, String email, String name, @Nullable String jobTitle, KnowledgeTarget target,
                boolean leader, String unitKey) {
            this.line = line;
            this.email = email;
            this.name = name;
            this.jobTitle = jobTitle;
            this.target = target;
            this.leader = leader;
            this.unitKey = unitKey;
        }
    }

    private static final class Plan {
        final int rows;
        final Map<String, Unit> existingUnits = new HashMap<>();
        final Map<String, UnitSpec> fileUnits = new LinkedHashMap<>();
        final Map<String, PersonSpec> people = new LinkedHashMap<>();
        final List<Change> changes = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        final List<String> unitAdds = new ArrayList<>();
        final List<String> unitChanges = new ArrayList<>();
        final List<String> unitMoves = new ArrayList<>();
        final List<PersonSpec> personAdds = new ArrayList<>();
        final List<PersonSpec> personChanges = new ArrayList<>();
        final List<Long> deactivations = new ArrayList<>();

        Plan(int rows) {
            this.rows = rows;
        }

        void error(int line, Column column, String key, String... args) {
            errors.add(new RowError(line, column.header(), key, List.of(args)));
        }

        ImportPreview preview() {
            var sortedErrors = new ArrayList<>(errors);
            sortedErrors.sort(java.util.Comparator.comparingInt(RowError::line));
            return new ImportPreview(List.copyOf(changes), List.copyOf(sortedErrors), rows);
        }
    }

    /** Thrown by {@link #apply} for a file with errors; nothing was stored. */
    public static class ImportRefused extends RuntimeException {
        private final ImportPreview preview;

        ImportRefused(ImportPreview preview) {
            super(preview.errors().size() + " errors in the organisation file");
            this.preview = preview;
        }

        public ImportPreview preview() {
            return preview;
        }
    }
}
