package dk.sambo.portal.overview;

import static dk.sambo.portal.overview.OverviewFactListener.ts;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.sambo.portal.plan.PlanActivityStatusChanged;

/**
 * Keeps {@code overview_plan_activity} and {@code overview_plan_total} in step with the implementation plan, in
 * the publisher's transaction (synchronous listener), idempotent for a repeated event.
 */
@Component
class PlanFactListener {

    private final JdbcTemplate jdbc;

    PlanFactListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PlanActivityStatusChanged e) {
        int updated = jdbc.update("""
                update overview_plan_activity set phase = ?, done = ?, changed_at = ?
                where organisation_id = ? and activity_id = ?""", e.phase(), e.done(), ts(e.at()),
                e.organisationId(), e.activityId());
        if (updated == 0) {
            jdbc.update("""
                    insert into overview_plan_activity (organisation_id, activity_id, phase, done, changed_at)
                    values (?, ?, ?, ?, ?)""", e.organisationId(), e.activityId(), e.phase(), e.done(), ts(e.at()));
        }
        // The plan's size at the latest change is the one that counts.
        updated = jdbc.update("""
                update overview_plan_total set total_activities = ?, changed_at = ?
                where organisation_id = ? and changed_at <= ?""", e.totalActivities(), ts(e.at()),
                e.organisationId(), ts(e.at()));
        if (updated == 0) {
            Integer exists = jdbc.queryForObject(
                    "select count(*) from overview_plan_total where organisation_id = ?", Integer.class,
                    e.organisationId());
            if (exists == null || exists == 0) {
                jdbc.update("insert into overview_plan_total (organisation_id, total_activities, changed_at) "
                        + "values (?, ?, ?)", e.organisationId(), e.totalActivities(), ts(e.at()));
            }
        }
    }
}
