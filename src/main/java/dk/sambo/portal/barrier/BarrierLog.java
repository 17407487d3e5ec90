package dk.sambo.portal.barrier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationFigures;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataGuard;

/**
 * Records and follows barriers. Line managers record for the units they lead, the implementing level for the
 * units in its cluster; the oversight roles read within their scope.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BarrierLog {

    static final Set<Role> WRITERS = EnumSet.of(Role.LINE_MANAGER, Role.IMPLEMENTING, Role.ADMIN);
    static final Set<Role> READERS = EnumSet.of(Role.LINE_MANAGER, Role.SENIOR_MANAGER, Role.IMPLEMENTING,
            Role.STRATEGIC, Role.ADMIN);

    private final BarrierRepository barriers;
    private final AccessControl access;
    private final CurrentPerson currentPerson;
    private final OrganisationService organisation;
    private final OrganisationFigures figures;
    private final AuditLog audit;
    private final Clock clock;

    BarrierLog(BarrierRepository barriers, AccessControl access, CurrentPerson currentPerson,
            OrganisationService organisation, OrganisationFigures figures, AuditLog audit, Clock clock) {
        this.barriers = barriers;
        this.access = access;
        this.currentPerson = currentPerson;
        this.organisation = organisation;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    /** A barrier for display. */
    public record Entry(long id, long version, long unitId, String unitName, BarrierKind kind, String description,
            @Nullable String action, @Nullable Long ownerId, @Nullable String ownerName, @Nullable LocalDate dueOn,
            BarrierStatus status, Instant recordedAt) {

        public boolean overdue(LocalDate today) {
            return status != BarrierStatus.RESOLVED && dueOn != null && dueOn.isBefore(today);
        }
    }

    /** What is recorded or changed. */
    public record Draft(long unitId, BarrierKind kind, String description, @Nullable String action,
            @Nullable Long ownerId, @Nullable LocalDate dueOn, BarrierStatus status) {
    }

    /** Counts per kind and status, for the cluster summary. */
    public record Summary(Map<BarrierKind, Map<BarrierStatus, Long>> counts) {

        public long count(BarrierKind kind, BarrierStatus status) {
            return counts.getOrDefault(kind, Map.of()).getOrDefault(status, 0L);
        }

        public long unresolved(BarrierKind kind) {
            return count(kind, BarrierStatus.OPEN) + count(kind, BarrierStatus.IN_PROGRESS);
        }

        public long unresolved() {
            return counts.keySet().stream().mapToLong(this::unresolved).sum();
        }
    }

    public long record(Draft draft) {
        requireWriter(draft.unitId());
        check(draft);
        var barrier = new Barrier(draft.unitId(), currentPerson.id().orElse(null), clock.instant());
        barrier.describe(draft.kind(), draft.description().strip(), draft.action(), draft.ownerId(), draft.dueOn(),
                draft.status());
        barrier = barriers.save(barrier);
        audit.record("BARRIER_RECORDED", "Barrier", barrier.id(), "unit=" + draft.unitId() + " kind=" + draft.kind());
        return barrier.id();
    }

    public void update(long id, long expectedVersion, Draft draft) {
        var barrier = barriers.findById(id).orElseThrow();
        requireWriter(barrier.unitId());
        requireWriter(draft.unitId());
        if (barrier.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Barrier " + id + " changed");
        }
        check(draft);
        barrier.describe(draft.kind(), draft.description().strip(), draft.action(), draft.ownerId(), draft.dueOn(),
                draft.status());
        audit.record("BARRIER_CHANGED", "Barrier", id, "kind=" + draft.kind() + " status=" + draft.status());
    }

    @Transactional(readOnly = true)
    public List<Entry> ofUnits(Collection<Long> unitIds) {
        for (var unitId : unitIds) {
            if (!access.coversUnit(READERS, unitId)) {
                throw new AccessDeniedException("Unit " + unitId + " is outside your scope");
            }
        }
        return unitIds.isEmpty() ? List.of() : barriers.findByUnits(unitIds).stream().map(this::entry).toList();
    }

    @Transactional(readOnly = true)
    public List<Entry> ofCluster(long clusterId) {
        requireCluster(clusterId);
        var ids = figures.unitIdsOfCluster(clusterId);
        return ids.isEmpty() ? List.of() : barriers.findByUnits(ids).stream().map(this::entry).toList();
    }

    @Transactional(readOnly = true)
    public Summary summaryOfCluster(long clusterId) {
        requireCluster(clusterId);
        return summary(figures.unitIdsOfCluster(clusterId));
    }

    @Transactional(readOnly = true)
    public Summary summaryOfUnits(Collection<Long> unitIds) {
        for (var unitId : unitIds) {
            if (!access.coversUnit(READERS, unitId)) {
                throw new AccessDeniedException("Unit " + unitId + " is outside your scope");
            }
        }
        return summary(unitIds);
    }

    private Summary summary(Collection<Long> unitIds) {
        var counts = new EnumMap<BarrierKind, Map<BarrierStatus, Long>>(BarrierKind.class);
        if (!unitIds.isEmpty()) {
            for (var row : barriers.countByKindAndStatus(unitIds)) {
                counts.computeIfAbsent((BarrierKind) row[0], k -> new EnumMap<>(BarrierStatus.class))
                        .put((BarrierStatus) row[1], (Long) row[2]);
            }
        }
        return new Summary(counts);
    }

    /** The clusters whose barriers the current person may read, for the log's scope choice. */
    @Transactional(readOnly = true)
    public List<dk.sambo.portal.organisation.ClusterSummary> readableClusters() {
        return organisation.clusters().stream()
                .filter(c -> READERS.stream().anyMatch(r -> access.coversCluster(r, c.id()))).toList();
    }

    /** Whether the current person may record barriers for a unit. */
    @Transactional(readOnly = true)
    public boolean mayWrite(long unitId) {
        return access.coversUnit(WRITERS, unitId);
    }

    /** People of a unit who can own an action. */
    @Transactional(readOnly = true)
    public List<PersonSummary> possibleOwners(long unitId) {
        requireWriter(unitId);
        return figures.peopleIn(List.of(unitId));
    }

    /** Units the current person may record barriers for. */
    @Transactional(readOnly = true)
    public List<UnitSummary> writableUnits() {
        var result = new java.util.LinkedHashMap<Long, UnitSummary>();
        figures.unitsILead().forEach(u -> result.putIfAbsent(u.id(), u));
        for (var cluster : organisation.clusters()) {
            if (access.coversCluster(Role.IMPLEMENTING, cluster.id()) || access.coversCluster(Role.ADMIN, cluster.id())) {
                figures.unitsInCluster(cluster.id()).forEach(u -> result.putIfAbsent(u.id(), u));
            }
        }
        return List.copyOf(result.values());
    }

    private Entry entry(Barrier b) {
        var unitName = organisation.unit(b.unitId()).map(u -> u.name() + ", " + u.organisationName()).orElse("?");
        var ownerId = b.toEntry("", null).ownerId();
        var ownerName = ownerId == null ? null : organisation.person(ownerId).map(PersonSummary::name).orElse(null);
        return b.toEntry(unitName, ownerName);
    }

    private void check(Draft draft) {
        var problems = RuleViolation.collect()
                .when(draft.description().isBlank(), "description", "barrier.error.description");
        if (draft.ownerId() != null) {
            var owner = organisation.person(draft.ownerId()).orElseThrow();
            var unit = organisation.unit(draft.unitId()).orElseThrow();
            problems.when(owner.organisationId() == null || owner.organisationId() != unit.organisationId(), "owner",
                    "barrier.error.owner");
        }
        problems.throwIfAny();
        PatientDataGuard.check("barrier.description.field", draft.description());
        if (draft.action() != null) {
            PatientDataGuard.check("barrier.action.field", draft.action());
        }
    }

    private void requireWriter(long unitId) {
        if (!access.coversUnit(WRITERS, unitId)) {
            throw new AccessDeniedException("You may not record barriers for unit " + unitId);
        }
    }

    private void requireCluster(long clusterId) {
        if (READERS.stream().noneMatch(r -> access.coversCluster(r, clusterId))) {
            throw new AccessDeniedException("Cluster " + clusterId + " is outside your scope");
        }
    }
}
