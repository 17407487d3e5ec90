package dk.sambo.portal.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.shared.privacy.PatientDataGuard;
import dk.sambo.portal.organisation.domain.Cluster;
import dk.sambo.portal.organisation.domain.ClusterRepository;
import dk.sambo.portal.organisation.domain.OrgDataQueries;
import dk.sambo.portal.organisation.domain.Organisation;
import dk.sambo.portal.organisation.domain.OrganisationRepository;
import dk.sambo.portal.organisation.domain.Unit;
import dk.sambo.portal.organisation.domain.UnitRepository;

/**
 * What administrators do to units: create, rename, move under another unit of the same organisation, set the
 * cluster, close with a date. Nothing is ever deleted: a closed unit keeps its people's history, its training
 * records and its questions, so figures of the past stay with it. Every change is audited.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UnitAdministration {

    private final OrgDataQueries queries;
    private final UnitRepository units;
    private final OrganisationRepository organisations;
    private final ClusterRepository clusters;
    private final AuditLog audit;

    UnitAdministration(OrgDataQueries queries, UnitRepository units, OrganisationRepository organisations,
            ClusterRepository clusters, AuditLog audit) {
        this.queries = queries;
        this.units = units;
        this.organisations = organisations;
        this.clusters = clusters;
        this.audit = audit;
    }

    /** Top level of the tree: organisations, paged in name order. */
    @Transactional(readOnly = true)
    public List<UnitNode> organisationRows(int offset, int limit) {
        return organisations.findAllByOrderByName().stream()
                .sorted(Comparator.comparing(Organisation::getName).thenComparing(Organisation::id))
                .skip(offset).limit(limit)
                .map(o -> UnitNode.of(o, queries.countTopUnits(o.id()) > 0)).toList();
    }

    @Transactional(readOnly = true)
    public int countOrganisationRows() {
        return (int) organisations.count();
    }

    /** Children of a row: the top units of an organisation, or the units under a unit. */
    @Transactional(readOnly = true)
    public List<UnitNode> children(UnitNode parent, int offset, int limit) {
        var page = new OffsetPage(offset, limit);
        var found = parent.isOrganisation() ? queries.topUnits(parent.organisationId(), page.pageable())
                : queries.childUnits(parent.unitId(), page.pageable());
        return found.stream().skip(page.skip()).limit(limit)
                .map(u -> UnitNode.of(u, queries.countChildUnits(u.id()) > 0)).toList();
    }

    @Transactional(readOnly = true)
    public int countChildren(UnitNode parent) {
        return (int) (parent.isOrganisation() ? queries.countTopUnits(parent.organisationId())
                : queries.countChildUnits(parent.unitId()));
    }

    /** Creates a unit in an organisation, at the top ({@code parentId} null) or below another unit of it. */
    public UnitNode create(long organisationId, @Nullable Long parentId, @Nullable String code, String name,
            @Nullable Long clusterId) {
        var organisation = organisations.findById(organisationId).orElseThrow();
        var parent = parentId == null ? null : units.findById(parentId).orElseThrow();
        if (parent != null && parent.getOrganisation().id() != organisationId) {
            throw new UnitChangeRefused("orgdata.unit.error.other-organisation");
        }
        if (parent != null && parent.isClosed()) {
            throw new UnitChangeRefused("orgdata.unit.error.closed");
        }
        var cleanCode = cleanCode(code);
        if (cleanCode != null && queries.unitByCode(organisationId, cleanCode).isPresent()) {
            throw new UnitChangeRefused("orgdata.unit.error.code-taken");
        }
        var unit = new Unit(organisation, parent, cluster(organisation, clusterId), cleanName(name));
        unit.setCode(cleanCode);
        unit = units.save(unit);
        unit.assignPath();
        audit.record("UNIT_CREATED", "Unit", unit.id(), "organisation=" + organisationId
                + (parent == null ? "" : " parent=" + parent.id()) + (cleanCode == null ? "" : " code=" + cleanCode));
        return UnitNode.of(unit, false);
    }

    public void rename(long unitId, String name) {
        var unit = units.findById(unitId).orElseThrow();
        unit.rename(cleanName(name));
        audit.record("UNIT_RENAMED", "Unit", unitId, null);
    }

    public void setCluster(long unitId, @Nullable Long clusterId) {
        var unit = units.findById(unitId).orElseThrow();
        unit.setCluster(cluster(unit.getOrganisation(), clusterId));
        audit.record("UNIT_CLUSTER_SET", "Unit", unitId, clusterId == null ? "none" : "cluster=" + clusterId);
    }

    /** Moves a unit (with everything below it) under another unit of its organisation, or to the top. */
    public void move(long unitId, @Nullable Long newParentId) {
        var unit = units.findById(unitId).orElseThrow();
        var newParent = newParentId == null ? null : units.findById(newParentId).orElseThrow();
        if (newParent != null) {
            if (newParent.getOrganisation().id() != unit.getOrganisation().id()) {
                throw new UnitChangeRefused("orgdata.unit.error.other-organisation");
            }
            if (newParent.isWithin(unit)) {
                throw new UnitChangeRefused("orgdata.unit.error.cycle");
            }
            if (newParent.isClosed()) {
                throw new UnitChangeRefused("orgdata.unit.error.closed");
            }
        }
        moveAndRepath(unit, newParent);
        audit.record("UNIT_MOVED", "Unit", unitId, newParent == null ? "parent=none" : "parent=" + newParent.id());
    }

    /**
     * Closes a unit from a date. Refused while active people or open units are still in it: they are moved or
     * deactivated first, so nobody is left in a unit that no longer exists.
     */
    public void close(long unitId, LocalDate on) {
        var unit = units.findById(unitId).orElseThrow();
        if (queries.countActivePeopleIn(unitId) > 0) {
            throw new UnitChangeRefused("orgdata.unit.error.has-people");
        }
        if (queries.countOpenChildUnits(unitId) > 0) {
            throw new UnitChangeRefused("orgdata.unit.error.has-open-units");
        }
        unit.close(on);
        audit.record("UNIT_CLOSED", "Unit", unitId, "on=" + on);
    }

    public void reopen(long unitId) {
        units.findById(unitId).orElseThrow().reopen();
        audit.record("UNIT_REOPENED", "Unit", unitId, null);
    }

    /** Sets the parent and gives the unit and its whole subtree their new paths, top down. */
    void moveAndRepath(Unit unit, @Nullable Unit newParent) {
        var subtree = units.findSubtree(unit.getPath());
        unit.moveUnder(newParent);
        subtree.stream().sorted(Comparator.comparingInt(u -> u.getPath().length())).forEach(Unit::repath);
    }

    private @Nullable Cluster cluster(Organisation organisation, @Nullable Long clusterId) {
        if (clusterId == null) {
            return null;
        }
        var cluster = clusters.findById(clusterId).orElseThrow();
        if (!organisation.getClusters().contains(cluster)) {
            throw new UnitChangeRefused("orgdata.unit.error.cluster-not-served");
        }
        return cluster;
    }

    private static String cleanName(String name) {
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UnitChangeRefused("orgdata.unit.error.name-required");
        }
        if (PatientDataGuard.find(clean).isPresent()) {
            throw new UnitChangeRefused("orgdata.error.cpr");
        }
        return clean;
    }

    static @Nullable String cleanCode(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** Offset/limit as a page of a size that divides the offset, plus what to skip of it. */
    record OffsetPage(int offset, int limit) {
        PageRequest pageable() {
            int size = offset + limit;
            return PageRequest.of(0, Math.max(size, 1));
        }

        int skip() {
            return offset;
        }
    }

    /** A change the organisation's rules forbid; {@code key} is the translation key of the reason. */
    public static class UnitChangeRefused extends RuntimeException {
        private final String key;

        public UnitChangeRefused(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
