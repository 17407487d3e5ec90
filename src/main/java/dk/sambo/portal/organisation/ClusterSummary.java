package dk.sambo.portal.organisation;

import dk.sambo.portal.organisation.domain.Cluster;

/** A health cluster as other features and views see it: a value, no entity. */
public record ClusterSummary(long id, String code, String name, String kind, boolean active) {

    static ClusterSummary of(Cluster c) {
        return new ClusterSummary(c.id(), c.getCode(), c.getName(), c.getKind(), c.isActive());
    }
}
