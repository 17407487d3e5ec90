package dk.sambo.portal.overview;

import static dk.sambo.portal.overview.OverviewSql.IN_CLUSTER;
import static dk.sambo.portal.overview.OverviewSql.month;
import static dk.sambo.portal.overview.OverviewSql.params;
import static dk.sambo.portal.overview.OverviewSql.total;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The node's training: calendar sessions held and seats filled, the training log month by month, and the run
 * chart's participants per month (kept per unit and month by the listeners).
 */
final class TrainingQueries {

    private final NamedParameterJdbcTemplate jdbc;

    TrainingQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Calendar sessions held in the period that are for the node (by their narrowest scope id). */
    Overview.Training training(Area area, Period period, Instant now) {
        var p = params(area, period, period.to(), now);
        var lap = new Lap(area);
        // A session is for the node by its narrowest scope id: its unit (looked up by primary key), else its
        // organisation, else its cluster.
        String unitIn = switch (area.level()) {
            case REGION -> "1 = 1";
            case CLUSTER -> IN_CLUSTER;
            case ORGANISATION -> "u.organisation_id = :o" + (area.clusterId() == null ? "" : " and " + IN_CLUSTER);
            case UNIT -> "u.path like ((select r.path from reporting_unit r where r.id = :u) || '%')";
        };
        String sessionScope = switch (area.level()) {
            case REGION -> "1 = 1";
            case CLUSTER -> "(s.cluster_id = :c or (u.id is not null and " + unitIn + ") or (s.unit_id is null and "
                    + "exists (select 1 from reporting_organisation_cluster sc where sc.organisation_id = s.organisation_id "
                    + "and sc.cluster_id = :c)))";
            case ORGANISATION -> "((s.unit_id is null and s.organisation_id = :o) or (u.id is not null and " + unitIn
                    + "))";
            case UNIT -> "(u.id is not null and " + unitIn + ")";
        };
        var held = jdbc.queryForObject("""
                select count(*), coalesce(sum(s.approved_count), 0), coalesce(sum(s.capacity), 0)
                from overview_session_fact s left join reporting_unit u on u.id = s.unit_id
                where s.cancelled = false and s.end_at < :now
                  and s.start_day between :from and :to and """ + " " + sessionScope, p,
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        lap.mark("sessions");
        var months = new ArrayList<Overview.LogMonth>();
        var scope = total(area);
        jdbc.query("select lf.month, count(*), sum(lf.head_count), sum(lf.minutes) from " + scope.from()
                + " join overview_log_fact lf on lf.unit_id = u.id "
                + "where " + scope.where() + " and lf.day between :from and :to group by lf.month order by lf.month", p, rs -> {
                    months.add(new Overview.LogMonth(month(rs.getInt(1)), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4)));
                });
        lap.mark("training log");
        return new Overview.Training(held[0], held[1], held[2], months);
    }

    /** Participants per month, counted in the unit they belonged to when they took part (kept by the listeners). */
    Map<YearMonth, Long> monthlyParticipants(Area area, Period period, Instant now) {
        var p = params(area, period, period.to(), now);
        var participants = new HashMap<YearMonth, Long>();
        var scope = total(area);
        var lap = new Lap(area);
        jdbc.query("""
                select m.month, sum(m.participants) from """ + " " + scope.from() + """
                 join overview_unit_participation_month m on m.unit_id = u.id
                where """ + " " + scope.where() + """
                 and m.month between :chartFromMonth and :toMonth
                group by m.month""", p, rs -> {
                    participants.put(month(rs.getInt(1)), rs.getLong(2));
                });
        lap.mark("monthly participation");
        return participants;
    }
}
