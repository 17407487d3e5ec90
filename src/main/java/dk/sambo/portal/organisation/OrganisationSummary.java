package dk.sambo.portal.organisation;

import java.util.Comparator;
import java.util.List;
import dk.sambo.portal.organisation.domain.Organisation;

/** An organisation as other features and views see it, with the clusters it serves (by name): no entity. */
public record OrganisationSummary(long id, String code, String name, OrganisationKind kind, Sector sector,
        List<ClusterSummary> clusters) {

    public OrganisationSummary {
        clusters = List.copyOf(clusters);
    }

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(o.id(), o.getCode(), o.getName(), o.getKind(), o.getSector(),
                o.getClusters().stream().map(ClusterSummary::of)
                        .sorted(Comparator.comparing(ClusterSummary::name)).toList());
    }

    /** True for organisations such as psychiatry and general practice that serve several clusters. */
    public boolean isCrossCluster() {
        return clusters.size() > 1;
    }

    /** True if the organisation serves this cluster. */
    public boolean serves(long clusterId) {
        return clusters.stream().anyMatch(c -> c.id() == clusterId);
    }
}
