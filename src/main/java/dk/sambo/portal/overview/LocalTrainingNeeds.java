package dk.sambo.portal.overview;

import java.time.LocalDate;
import java.util.List;

import org.springframework.lang.Nullable;

import dk.sambo.portal.plan.PlanService;

/**
 * The implementing level's local training needs in one cluster: the units whose target group's share with any
 * training in the last 90 days is below the lower band of the staircase step the plan's current phase aims at.
 * {@code phase} is null (and {@code target} NOT_STARTED, so nothing is below) before the plan starts.
 */
public record LocalTrainingNeeds(long clusterId, String clusterName, @Nullable PlanService.Phase phase,
        Staircase target, LocalDate day, List<NodeParticipation> unitsBelow) {
}
