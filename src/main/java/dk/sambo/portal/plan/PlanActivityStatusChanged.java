package dk.sambo.portal.plan;

import java.time.Instant;

/**
 * An organisation ticked (done = true) or unticked a plan activity. {@code totalActivities} is the number of
 * activities in the plan at that moment, so a reader can show "done of total" without asking the plan module.
 */
public record PlanActivityStatusChanged(long organisationId, long activityId, String phase, boolean done,
        int totalActivities, Instant at) {
}
