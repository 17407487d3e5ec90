package dk.sambo.portal.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.domain.Organisation;
import dk.sambo.portal.organisation.domain.OrganisationRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;
import dk.sambo.portal.organisation.domain.Unit;
import dk.sambo.portal.organisation.domain.UnitRepository;

/**
 * The leaders of an organisation as one of its health clusters sees them: the managers of managers
 * ({@link Role#SENIOR_MANAGER}) and the line managers ({@link Role#LINE_MANAGER}) whose scope is the organisation
 * or one of its units working in that cluster. Psychiatry and general practice serve all four clusters: a leader
 * of a unit in Lillebælt is not a leader towards Sønderjylland; an organisation-wide grant counts for every cluster
 * the organisation serves. Used by features that address "the organisation" (the launch package's cascade).
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganisationLeaders {

    /** A leader and the leader role they hold towards the organisation (SENIOR_MANAGER before LINE_MANAGER). */
    public record Leader(PersonSummary person, Role role) {
    }

    private final RoleAssignmentRepository assignments;
    private final UnitRepository units;
    private final OrganisationRepository organisations;
    private final CurrentPerson currentPerson;

    OrganisationLeaders(RoleAssignmentRepository assignments, UnitRepository units,
            OrganisationRepository organisations, CurrentPerson currentPerson) {
        this.assignments = assignments;
        this.units = units;
        this.organisations = organisations;
        this.currentPerson = currentPerson;
    }

    /** Active leaders of the organisation towards the cluster, managers of managers first, each person once. */
    public List<Leader> of(long organisationId, long clusterId) {
        return ofCluster(clusterId).getOrDefault(organisationId, List.of());
    }

    /**
     * {@link #of} for every organisation at once, by organisation id: the cascade page shows all the cluster's
     * organisations, and reads the leaders once for them instead of once per organisation.
     */
    public Map<Long, List<Leader>> ofCluster(long clusterId) {
        var served = organisations.findServingCluster(clusterId).stream().map(Organisation::id)
                .collect(Collectors.toSet());
        var holders = new LinkedHashMap<Role, List<RoleAssignment>>();
        for (var role : List.of(Role.SENIOR_MANAGER, Role.LINE_MANAGER)) {
            holders.put(role, assignments.findActiveHolders(role));
        }
        var unitIds = holders.values().stream().flatMap(List::stream)
                .filter(a -> a.getScopeType() == ScopeType.UNIT && a.getScopeId() != null)
                .map(RoleAssignment::getScopeId)
                .collect(Collectors.toSet());
        var unitsById = new HashMap<Long, Unit>();
        units.findAllById(unitIds).forEach(u -> unitsById.put(u.id(), u));
        var found = new LinkedHashMap<Long, LinkedHashMap<Long, Leader>>();
        holders.forEach((role, assignmentsOfRole) -> {
            for (var a : assignmentsOfRole) {
                var organisationId = organisationLedTowards(a.toGrant(), clusterId, served, unitsById);
                if (organisationId != null) {
                    found.computeIfAbsent(organisationId, k -> new LinkedHashMap<>())
                            .putIfAbsent(a.getPerson().id(), new Leader(PersonSummary.of(a.getPerson()), role));
                }
            }
        });
        var result = new LinkedHashMap<Long, List<Leader>>();
        found.forEach((organisationId, leaders) -> result.put(organisationId, List.copyOf(leaders.values())));
        return result;
    }

    /** The organisation a leader grant leads towards the cluster, or null: {@link #covers} for all organisations. */
    private static @Nullable Long organisationLedTowards(Grant g, long clusterId, Set<Long> served,
            Map<Long, Unit> unitsById) {
        if (g.scopeId() == null) {
            return null;
        }
        return switch (g.scopeType()) {
            case ORGANISATION -> served.contains(g.scopeId()) ? g.scopeId() : null;
            case UNIT -> {
                var u = unitsById.get(g.scopeId());
                yield u != null && u.effectiveClusters().stream().anyMatch(c -> c.id() == clusterId)
                        ? u.getOrganisation().id() : null;
            }
            default -> null;
        };
    }

    /** The leader role the logged-in person holds towards the organisation in the cluster, if any. */
    public java.util.Optional<Role> myRoleTowards(long organisationId, long clusterId) {
        var me = currentPerson.id();
        if (me.isEmpty()) {
            return java.util.Optional.empty();
        }
        var grants = assignments.findActiveByPersonId(me.get()).stream().map(RoleAssignment::toGrant).toList();
        for (var role : List.of(Role.SENIOR_MANAGER, Role.LINE_MANAGER)) {
            if (grants.stream().anyMatch(g -> g.role() == role && covers(g, organisationId, clusterId))) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The (organisation, cluster) pairs towards which the logged-in person is a leader: for an organisation-wide
     * grant every cluster the organisation serves, for a unit grant the clusters its unit works in.
     */
    public Map<Long, List<Long>> myOrganisations() {
        var result = new LinkedHashMap<Long, List<Long>>();
        var me = currentPerson.id();
        if (me.isEmpty()) {
            return result;
        }
        for (var a : assignments.findActiveByPersonId(me.get())) {
            if (a.getRole() != Role.SENIOR_MANAGER && a.getRole() != Role.LINE_MANAGER || a.getScopeId() == null) {
                continue;
            }
            switch (a.getScopeType()) {
                case ORGANISATION -> organisations.findById(a.getScopeId()).ifPresent(o -> o.getClusters()
                        .forEach(c -> add(result, o.id(), c.id())));
                case UNIT -> units.findById(a.getScopeId()).ifPresent(u -> u.effectiveClusters()
                        .forEach(c -> add(result, u.getOrganisation().id(), c.id())));
                default -> {
                }
            }
        }
        return result;
    }

    private static void add(Map<Long, List<Long>> result, long organisationId, long clusterId) {
        var clusters = result.computeIfAbsent(organisationId, k -> new ArrayList<>());
        if (!clusters.contains(clusterId)) {
            clusters.add(clusterId);
        }
    }

    private boolean covers(Grant g, long organisationId, long clusterId) {
        if (g.scopeId() == null) {
            return false;
        }
        return switch (g.scopeType()) {
            case ORGANISATION -> g.scopeId() == organisationId && organisations.findById(organisationId)
                    .map(o -> o.getClusters().stream().anyMatch(c -> c.id() == clusterId)).orElse(false);
            case UNIT -> units.findById(g.scopeId()).map(u -> u.getOrganisation().id() == organisationId
                    && u.effectiveClusters().stream().anyMatch(c -> c.id() == clusterId)).orElse(false);
            default -> false;
        };
    }
}
