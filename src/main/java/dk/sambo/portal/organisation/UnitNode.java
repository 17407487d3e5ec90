package dk.sambo.portal.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import dk.sambo.portal.organisation.domain.Organisation;
import dk.sambo.portal.organisation.domain.Unit;

/**
 * One row of the unit administration tree: an organisation at the top, its units below. {@code unitId} is null
 * for an organisation row.
 */
public record UnitNode(long organisationId, String organisationName, @Nullable Long unitId, String name,
        @Nullable String code, @Nullable String clusterName, @Nullable LocalDate closedOn, boolean hasChildren) {

    public boolean isOrganisation() {
        return unitId == null;
    }

    static UnitNode of(Organisation o, boolean hasChildren) {
        return new UnitNode(o.id(), o.getName(), null, o.getName(), o.getCode(), null, null, hasChildren);
    }

    static UnitNode of(Unit u, boolean hasChildren) {
        var cluster = u.getCluster();
        return new UnitNode(u.getOrganisation().id(), u.getOrganisation().getName(), u.id(), u.getName(),
                u.getCode(), cluster == null ? null : cluster.getName(), u.getClosedOn(), hasChildren);
    }
}
