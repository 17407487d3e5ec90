package dk.sambo.portal.training.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.UnitSummary;

/** Looks up units and organisations once per call, for filtering a visible range by place. */
final class SessionPlaces {
    private final OrganisationService organisation;
    private final Map<Long, @Nullable UnitSummary> units = new HashMap<>();
    private final Map<Long, Set<Long>> organisationClusters = new HashMap<>();

    SessionPlaces(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Nullable
    UnitSummary unit(@Nullable Long id) {
        return id == null ? null : units.computeIfAbsent(id, k -> organisation.unit(k).orElse(null));
    }

    Set<Long> clusterIdsOf(TrainingSession s) {
        return switch (s.getScope()) {
            case CLUSTER -> Set.of(s.getClusterId());
            case ORGANISATION -> organisationClusters.computeIfAbsent(s.getOrganisationId(),
                    id -> organisation.organisation(id).map(o -> o.clusters().stream().map(c -> c.id())
                            .collect(java.util.stream.Collectors.toSet())).orElse(Set.of()));
            case UNIT -> {
                var unit = unit(s.getUnitId());
                yield unit == null ? Set.of() : Set.copyOf(unit.clusterIds());
            }
        };
    }

    @Nullable
    Long organisationIdOf(TrainingSession s) {
        return switch (s.getScope()) {
            case CLUSTER -> null;
            case ORGANISATION -> s.getOrganisationId();
            case UNIT -> {
                var unit = unit(s.getUnitId());
                yield unit == null ? null : unit.organisationId();
            }
        };
    }
}
