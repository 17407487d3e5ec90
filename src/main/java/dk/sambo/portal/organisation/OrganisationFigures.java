package dk.sambo.portal.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.Unit;

/**
 * Figures about units for the role pages and the plan's tools: people by knowledge target, culture-bearer
 * coverage and the units a line manager leads (the contact directory is {@link ContactDirectory}). Counts are
 * computed in the database. Every method checks that the caller's scope covers what is asked for.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganisationFigures {

    /** Roles that may read unit figures within their scope. */
    static final Set<Role> OVERSIGHT = EnumSet.of(Role.LINE_MANAGER, Role.SENIOR_MANAGER, Role.STRATEGIC,
            Role.IMPLEMENTING, Role.POLITICAL, Role.ADMIN);

    private final EntityManager em;
    private final AccessControl access;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    OrganisationFigures(EntityManager em, AccessControl access, CurrentPerson currentPerson, Clock clock) {
        this.em = em;
        this.access = access;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** Figures for one unit: people by knowledge target and active culture bearers covering it. */
    public record UnitFigure(long unitId, String unitName, long organisationId, String organisationName,
            long people, long inDepth, long overall, long cultureBearers) {

        public boolean gap() {
            return cultureBearers == 0;
        }
    }

    /** A roll-up of unit figures. */
    public record Totals(int units, int coveredUnits, long people, long inDepth, long overall,
            long cultureBearers) {

        public static Totals of(Collection<UnitFigure> figures) {
            int covered = 0;
            long people = 0, inDepth = 0, overall = 0, bearers = 0;
            for (var f : figures) {
                covered += f.gap() ? 0 : 1;
                people += f.people();
                inDepth += f.inDepth();
                overall += f.overall();
                bearers += f.cultureBearers();
            }
            return new Totals(figures.size(), covered, people, inDepth, overall, bearers);
        }

        /** Share of units with at least one active culture bearer, 0-100. */
        public int coveragePercent() {
            return units == 0 ? 0 : Math.round(100f * coveredUnits / units);
        }
    }

    /** The units the current person leads as line manager (and the units below them). */
    public List<UnitSummary> unitsILead() {
        var me = currentPerson.id().orElse(null);
        if (me == null) {
            return List.of();
        }
        var paths = em.createQuery("""
                select su.path from RoleAssignment ra, Unit su
                where ra.person.id = :me and ra.role = :role and ra.scopeType = :unit and su.id = ra.scopeId""",
                String.class).setParameter("me", me).setParameter("role", Role.LINE_MANAGER)
                .setParameter("unit", ScopeType.UNIT).getResultList();
        var result = new LinkedHashMap<Long, UnitSummary>();
        for (var path : paths) {
            em.createQuery("select u from Unit u where u.path like concat(:path, '%') order by u.path", Unit.class)
                    .setParameter("path", path).getResultList()
                    .forEach(u -> result.putIfAbsent(u.id(), UnitSummary.of(u)));
        }
        return List.copyOf(result.values());
    }

    /** Active people working in the given units (not below), for choosing a culture bearer. */
    public List<PersonSummary> peopleIn(Collection<Long> unitIds) {
        requireUnits(unitIds);
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p join fetch p.unit u join fetch u.organisation "
                + "where u.id in :ids and p.active = true order by p.name", Person.class)
                .setParameter("ids", unitIds).getResultList().stream().map(PersonSummary::of).toList();
    }

    /** Figures for the given units, which the caller's scope must cover. */
    public List<UnitFigure> forUnits(Collection<Long> unitIds) {
        requireUnits(unitIds);
        if (unitIds.isEmpty()) {
            return List.of();
        }
        var units = em.createQuery("select u from Unit u join fetch u.organisation where u.id in :ids "
                + "order by u.organisation.name, u.path", Unit.class).setParameter("ids", unitIds).getResultList();
        return figures(units);
    }

    /** Figures for every unit of an organisation. */
    public List<UnitFigure> forOrganisation(long organisationId) {
        if (OVERSIGHT.stream().noneMatch(r -> access.coversOrganisation(r, organisationId))) {
            throw new AccessDeniedException("Organisation " + organisationId + " is outside your scope");
        }
        var units = em.createQuery("select u from Unit u join fetch u.organisation where u.organisation.id = :id "
                + "order by u.path", Unit.class).setParameter("id", organisationId).getResultList();
        return figures(units);
    }

    /** Figures for every unit working in a cluster. */
    public List<UnitFigure> forCluster(long clusterId) {
        if (OVERSIGHT.stream().noneMatch(r -> access.coversCluster(r, clusterId))) {
            throw new AccessDeniedException("Cluster " + clusterId + " is outside your scope");
        }
        return figures(unitsOfCluster(clusterId));
    }

    List<Unit> unitsOfCluster(long clusterId) {
        return em.createQuery("""
                select distinct u from Unit u join fetch u.organisation o left join o.clusters oc
                where u.cluster.id = :id or (u.cluster is null and oc.id = :id)
                order by o.name, u.path""", Unit.class).setParameter("id", clusterId).getResultList().stream()
                // The query finds the candidates; a unit without a cluster of its own belongs to its nearest
                // ancestor's (or its organisation's only) cluster, not to every cluster its organisation serves.
                .filter(u -> u.effectiveClusters().stream().anyMatch(c -> c.id() == clusterId)).toList();
    }

    /** The units working in a cluster, for choosing one. */
    public List<UnitSummary> unitsInCluster(long clusterId) {
        return unitsOfCluster(clusterId).stream().map(UnitSummary::of).toList();
    }

    /** Ids of the units working in a cluster: for features that filter their own rows by cluster. */
    public List<Long> unitIdsOfCluster(long clusterId) {
        return unitsOfCluster(clusterId).stream().map(Unit::id).toList();
    }

    private List<UnitFigure> figures(List<Unit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        var ids = units.stream().map(Unit::id).toList();
        var byTarget = new HashMap<Long, Map<KnowledgeTarget, Long>>();
        for (var row : em.createQuery("""
                select p.unit.id, p.knowledgeTarget, count(p) from Person p
                where p.unit.id in :ids and p.active = true group by p.unit.id, p.knowledgeTarget""", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            byTarget.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((KnowledgeTarget) row[1],
                    (Long) row[2]);
        }
        var bearers = new HashMap<Long, Long>();
        for (var row : em.createQuery("""
                select u.id, count(distinct a.person.id) from Unit u, CultureBearerAppointment a join a.units au
                where u.id in :ids and u.path like concat(au.path, '%') and a.person.active = true
                  and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day)
                group by u.id""", Object[].class).setParameter("ids", ids)
                .setParameter("day", LocalDate.now(clock)).getResultList()) {
            bearers.put((Long) row[0], (Long) row[1]);
        }
        var result = new ArrayList<UnitFigure>();
        for (var u : units) {
            var counts = byTarget.getOrDefault(u.id(), Map.of());
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            result.add(new UnitFigure(u.id(), u.getName(), u.getOrganisation().id(), u.getOrganisation().getName(),
                    total, counts.getOrDefault(KnowledgeTarget.IN_DEPTH, 0L),
                    counts.getOrDefault(KnowledgeTarget.OVERALL, 0L), bearers.getOrDefault(u.id(), 0L)));
        }
        return result;
    }

    private void requireUnits(Collection<Long> unitIds) {
        for (var id : unitIds) {
            if (!access.coversUnit(OVERSIGHT, id)) {
                throw new AccessDeniedException("Unit " + id + " is outside your scope");
            }
        }
    }
}
