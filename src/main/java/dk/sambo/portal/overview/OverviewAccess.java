package dk.sambo.portal.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;

import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.Grant;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
import dk.sambo.portal.overview.OverviewService.Crumb;

/**
 * Who may open which node of the overview, where each person starts, the breadcrumb up from a node, and who may
 * drill down (the rules in {@link OverviewService}'s javadoc). Asked by {@link OverviewService} before any
 * figure is computed.
 */
final class OverviewAccess {

    private final AccessControl access;
    private final OrganisationService organisation;
    private final OverviewQueries queries;

    OverviewAccess(AccessControl access, OrganisationService organisation, OverviewQueries queries) {
        this.access = access;
        this.organisation = organisation;
        this.queries = queries;
    }

    /** Where the current person starts: one node per grant that gives them the overview, widest first. */
    List<Area> startingPoints() {
        var roots = new LinkedHashSet<Area>();
        var grants = new ArrayList<>(access.grants());
        grants.sort(Comparator.comparing((Grant g) -> g.scopeType()));
        for (var g : grants.reversed()) {
            var area = startOf(g);
            if (area != null) {
                roots.add(area);
            }
        }
        return List.copyOf(roots);
    }

    /** The node a grant opens the overview at; null for roles without the overview. */
    static @Nullable Area startOf(Grant g) {
        return switch (g.role()) {
            case STRATEGIC, POLITICAL -> g.scopeType() == ScopeType.REGION ? Area.region() : Area.cluster(g.scopeId());
            case SENIOR_MANAGER -> g.scopeType() == ScopeType.ORGANISATION ? Area.organisation(g.scopeId(), null)
                    : Area.unit(g.scopeId());
            case LINE_MANAGER -> Area.unit(g.scopeId());
            default -> null;
        };
    }

    /** True if the current person may open this node. */
    boolean mayView(Area area) {
        return switch (area.level()) {
            case REGION -> access.grants().stream().anyMatch(g -> g.scopeType() == ScopeType.REGION
                    && (g.role() == Role.STRATEGIC || g.role() == Role.POLITICAL));
            case CLUSTER -> access.coversCluster(Role.STRATEGIC, area.clusterId())
                    || access.coversCluster(Role.POLITICAL, area.clusterId());
            case ORGANISATION -> mayViewOrganisation(area);
            case UNIT -> access.coversUnit(java.util.Set.of(Role.STRATEGIC, Role.SENIOR_MANAGER, Role.LINE_MANAGER),
                    area.unitId());
        };
    }

    private boolean mayViewOrganisation(Area area) {
        long organisationId = area.organisationId();
        if (access.coversOrganisation(Role.SENIOR_MANAGER, organisationId)) {
            return true;
        }
        if (area.clusterId() != null) {
            // Reached from a cluster: the organisation must serve it, and the viewer must cover that cluster.
            boolean serves = organisation.organisationsServing(area.clusterId()).stream()
                    .anyMatch(o -> o.id() == organisationId);
            return serves && access.coversCluster(Role.STRATEGIC, area.clusterId());
        }
        // The whole of a cross-cluster organisation: only region-wide strategic, or a cluster that is its only one.
        return access.grants().stream().anyMatch(g -> g.role() == Role.STRATEGIC && g.scopeType() == ScopeType.REGION)
                || organisation.organisation(organisationId).map(o -> o.clusters().size() == 1
                        && access.coversCluster(Role.STRATEGIC, o.clusters().iterator().next().id()))
                        .orElse(false);
    }

    /**
     * The way down to a node the current person may open, from the widest node above it they may also open: the
     * breadcrumb of a deep link. A unit goes up through the units above it to its organisation (as the person
     * opens it: their own organisation whole, else within the unit's one cluster), its cluster and the region.
     */
    List<Crumb> trail(Area area) {
        if (!mayView(area)) {
            throw new AccessDeniedException("The overview of " + area.token() + " is not yours to see");
        }
        var chain = new ArrayList<Area>();
        chain.add(area);
        var roots = startingPoints();
        for (var up = parent(area, roots); up != null && mayView(up); up = parent(up, roots)) {
            chain.add(up);
        }
        var crumbs = new ArrayList<Crumb>();
        for (var node : chain.reversed()) {
            crumbs.add(new Crumb(node, queries.names(node).name()));
        }
        return crumbs;
    }

    private @Nullable Area parent(Area area, List<Area> roots) {
        return switch (area.level()) {
            case REGION -> null;
            case CLUSTER -> Area.region();
            case ORGANISATION -> {
                if (area.clusterId() != null) {
                    yield Area.cluster(area.clusterId());
                }
                var clusters = organisation.organisation(area.organisationId()).map(o -> o.clusters())
                        .orElse(java.util.List.of());
                yield clusters.size() == 1 ? Area.cluster(clusters.iterator().next().id()) : Area.region();
            }
            case UNIT -> organisation.unit(area.unitId()).map(u -> {
                if (u.parentId() != null) {
                    return Area.unit(u.parentId());
                }
                var whole = Area.organisation(u.organisationId(), null);
                if (roots.contains(whole) || u.clusterIds().size() != 1) {
                    return whole;
                }
                return Area.organisation(u.organisationId(), u.clusterIds().getFirst());
            }).orElse(null);
        };
    }

    /** Political viewers see cluster totals only: the region's breakdown rows are clusters, nothing deeper. */
    boolean mayDrillDown(Area area) {
        if (area.childLevel() == Area.Level.CLUSTER) {
            return true;
        }
        return access.hasRole(Role.STRATEGIC, Role.SENIOR_MANAGER, Role.LINE_MANAGER)
                && !(politicalOnly(area));
    }

    private boolean politicalOnly(Area area) {
        // A person who is both political and strategic for the cluster drills as strategic.
        return switch (area.level()) {
            case REGION -> false;
            case CLUSTER -> !access.coversCluster(Role.STRATEGIC, area.clusterId());
            case ORGANISATION, UNIT -> false;
        };
    }

    /** Refuses a node the current person may not open. */
    void check(Area area) {
        if (!mayView(area)) {
            throw new AccessDeniedException("The overview of " + area.token() + " is not yours to see");
        }
    }
}
