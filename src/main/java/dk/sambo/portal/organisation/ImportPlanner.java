package dk.sambo.portal.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.ImportPreview.Change;
import dk.sambo.portal.organisation.ImportPreview.Kind;
import dk.sambo.portal.organisation.OrganisationFile.Column;
import dk.sambo.portal.organisation.OrganisationFile.ImportRow;
import dk.sambo.portal.organisation.domain.Cluster;
import dk.sambo.portal.organisation.domain.ClusterRepository;
import dk.sambo.portal.organisation.domain.OrgDataQueries;
import dk.sambo.portal.organisation.domain.Organisation;
import dk.sambo.portal.organisation.domain.OrganisationRepository;

/**
 * Compares an organisation file with the database (read only, in the caller's transaction): which units are
 * added, renamed or moved, which people are added, changed, moved or (in a full import) deactivated, and every
 * error per line. The preview shows the result; an import carries it out.
 */
@Component
class ImportPlanner {

    private final OrgDataQueries queries;
    private final OrganisationRepository organisations;
    private final ClusterRepository clusters;
    private final CurrentPerson currentPerson;

    ImportPlanner(OrgDataQueries queries, OrganisationRepository organisations, ClusterRepository clusters,
            CurrentPerson currentPerson) {
        this.queries = queries;
        this.organisations = organisations;
        this.clusters = clusters;
        this.currentPerson = currentPerson;
    }

    ImportPlan plan(List<ImportRow> rows, boolean full) {
        var plan = new ImportPlan(rows.size());
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
                plan.existingUnits.put(ImportPlan.key(u.getOrganisation().id(), u.getCode()), u);
            }
        }

        for (var row : rows) {
            ImportRows.read(plan, row, orgs, clusterByKey);
        }
        planUnits(plan);
        planPeople(plan, full);
        return plan;
    }

    private void planUnits(ImportPlan plan) {
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
                var parentKey = ImportPlan.key(spec.organisation.id(), spec.parentCode);
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
    private boolean inCycle(ImportPlan plan, String start) {
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
            current = ImportPlan.key(orgId, parentCode);
            if (current.equals(start)) {
                return true;
            }
        }
        return false;
    }

    private void planPeople(ImportPlan plan, boolean full) {
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
}
