package dk.sambo.portal.organisation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import dk.sambo.portal.organisation.domain.Cluster;
import dk.sambo.portal.organisation.domain.GrantsOfTheRequest;
import dk.sambo.portal.organisation.domain.OrganisationRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;
import dk.sambo.portal.organisation.domain.UnitRepository;

/**
 * Decides whether the logged-in person holds a role whose scope covers a unit, organisation or cluster. Grants
 * are read from the database once per HTTP request ({@link GrantsOfTheRequest}, dropped when a role or person
 * changes), so a revoked role stops working at the next request, whatever the session carries. Services call it directly or from {@code @PreAuthorize("@access....")}.
 *
 * <p>Scope rules: a UNIT grant covers the unit and all units below it; ORGANISATION covers all its units;
 * CLUSTER covers the organisations serving the cluster and the units working in it; REGION covers everything.
 */
@Component("access")
@Transactional(readOnly = true)
public class AccessControl {

    private final CurrentPerson currentPerson;
    private final RoleAssignmentRepository assignments;
    private final UnitRepository units;
    private final OrganisationRepository organisations;

    AccessControl(CurrentPerson currentPerson, RoleAssignmentRepository assignments, UnitRepository units,
            OrganisationRepository organisations) {
        this.currentPerson = currentPerson;
        this.assignments = assignments;
        this.units = units;
        this.organisations = organisations;
    }

    /** The current person's grants; none for a caller without a person. Read once per request. */
    public List<Grant> grants() {
        return currentPerson.id().map(id -> GrantsOfTheRequest.of(id,
                person -> assignments.findActiveByPersonId(person).stream().map(RoleAssignment::toGrant).toList()))
                .orElse(List.of());
    }

    public boolean hasRole(Role... roles) {
        var wanted = Set.of(roles);
        return grants().stream().anyMatch(g -> wanted.contains(g.role()));
    }

    public boolean coversUnit(Role role, long unitId) {
        return coversUnit(Set.of(role), unitId);
    }

    public boolean coversUnit(Set<Role> roles, long unitId) {
        var grants = grants().stream().filter(g -> roles.contains(g.role())).toList();
        if (grants.isEmpty()) {
            return false;
        }
        var unit = units.findById(unitId).orElse(null);
        if (unit == null) {
            return false;
        }
        var clusterIds = unit.effectiveClusters().stream().map(Cluster::id).toList();
        for (var g : grants) {
            boolean covered = switch (g.scopeType()) {
                case REGION -> true;
                case CLUSTER -> clusterIds.contains(g.scopeId());
                case ORGANISATION -> g.scopeId() == unit.getOrganisation().id();
                case UNIT -> units.findById(g.scopeId()).map(unit::isWithin).orElse(false);
            };
            if (covered) {
                return true;
            }
        }
        return false;
    }

    public boolean coversOrganisation(Role role, long organisationId) {
        var organisation = organisations.findById(organisationId).orElse(null);
        if (organisation == null) {
            return false;
        }
        var clusterIds = organisation.getClusters().stream().map(Cluster::id).toList();
        return grants().stream().filter(g -> g.role() == role).anyMatch(g -> switch (g.scopeType()) {
            case REGION -> true;
            case CLUSTER -> clusterIds.contains(g.scopeId());
            case ORGANISATION -> g.scopeId() == organisationId;
            case UNIT -> false;
        });
    }

    public boolean coversCluster(Role role, long clusterId) {
        return grants().stream().filter(g -> g.role() == role).anyMatch(g -> switch (g.scopeType()) {
            case REGION -> true;
            case CLUSTER -> g.scopeId() == clusterId;
            case ORGANISATION, UNIT -> false;
        });
    }

    public void requireUnit(Role role, long unitId) {
        if (!coversUnit(role, unitId)) {
            throw new AccessDeniedException("Requires " + role + " covering unit " + unitId);
        }
    }

    public void requireCluster(Role role, long clusterId) {
        if (!coversCluster(role, clusterId)) {
            throw new AccessDeniedException("Requires " + role + " covering cluster " + clusterId);
        }
    }

    /** What the current person may see under any of the given roles, for filtering queries. */
    public Visibility visibility(Role... roles) {
        var wanted = Set.of(roles);
        boolean region = false;
        var clusters = new HashSet<Long>();
        var orgs = new HashSet<Long>();
        var paths = new HashSet<String>();
        for (var g : grants()) {
            if (!wanted.contains(g.role())) {
                continue;
            }
            switch (g.scopeType()) {
                case REGION -> region = true;
                case CLUSTER -> clusters.add(g.scopeId());
                case ORGANISATION -> orgs.add(g.scopeId());
                case UNIT -> units.findById(g.scopeId()).ifPresent(u -> paths.add(u.getPath()));
            }
        }
        return new Visibility(region, Set.copyOf(clusters), Set.copyOf(orgs), Set.copyOf(paths));
    }

    /**
     * True for a caller whose every grant is POLITICAL: the political level reads cluster totals and changes
     * nothing in the portal's shared content (issue 10). Someone who also holds another role acts under that one.
     */
    public boolean readOnly() {
        var roles = roles();
        return roles.contains(Role.POLITICAL) && roles.size() == 1;
    }

    /** Refuses a read-only (political-only) caller; every mutating service method calls it or checks the same. */
    public void requireNotReadOnly() {
        if (readOnly()) {
            throw new AccessDeniedException("The political level has read-only access");
        }
    }

    /** Roles of the current person, without scope. */
    public Set<Role> roles() {
        var roles = new HashSet<Role>();
        grants().forEach(g -> roles.add(g.role()));
        return roles;
    }

    static Set<Role> setOf(Role... roles) {
        return new HashSet<>(Arrays.asList(roles));
    }
}
