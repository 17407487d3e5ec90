package dk.sambo.portal.organisation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import dk.sambo.portal.organisation.domain.Cluster;
import dk.sambo.portal.organisation.domain.Unit;

/** A unit for display and filtering: with its organisation, sector and the clusters it works in. */
public record UnitSummary(long id, String name, String path, @Nullable Long parentId, long organisationId,
        String organisationName, Sector sector, List<Long> clusterIds, @Nullable LocalDate closedOn) {

    static UnitSummary of(Unit u) {
        return new UnitSummary(u.id(), u.getName(), u.getPath(),
                u.getParent() == null ? null : u.getParent().id(), u.getOrganisation().id(),
                u.getOrganisation().getName(), u.getOrganisation().getSector(),
                u.effectiveClusters().stream().map(Cluster::id).sorted().toList(), u.getClosedOn());
    }

    /** Not closed: only open units are offered wherever a unit is chosen (closed ones keep their past figures). */
    public boolean isOpen() {
        return closedOn == null;
    }

    /** Depth in the unit tree, 0 for a top unit. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
