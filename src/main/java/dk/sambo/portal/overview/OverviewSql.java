package dk.sambo.portal.overview;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What every overview statement shares: the node's units as a FROM clause ({@link Scope}), the named parameters
 * of a node and period ({@link #params}), the month keys ({@code yyyymm}), the median aggregate and the time
 * zone. Pure SQL text and values, no statements of its own.
 */
final class OverviewSql {

    static final long TOTAL = -1;

    private OverviewSql() {
    }

    static ZoneId zone() {
        return dk.sambo.portal.shared.PortalTimeZone.get();
    }

    /**
     * The median of a numeric expression as an aggregate (nulls ignored; the two middle values of an even count
     * interpolated). HSQLDB has MEDIAN built in; on PostgreSQL migration {@code V23_2} defines an aggregate of the
     * same name (over PERCENTILE_CONT), so one statement serves both.
     */
    static String median(String expression) {
        return "median(cast(" + expression + " as double precision))";
    }

    // --- scope --------------------------------------------------------------------------------------------------

    /**
     * The cluster unit {@code u} works in (null if none): its own, else its nearest ancestor's (the longest path
     * above it with a cluster), else its organisation's only cluster. The same rule as
     * {@code Unit.effectiveClusters()}: a unit without a cluster in a cross-cluster organisation is never counted
     * in every cluster the organisation serves.
     */
    static final String EFFECTIVE_CLUSTER = """
            coalesce(u.cluster_id,
              (select ea.cluster_id from reporting_unit ea where ea.organisation_id = u.organisation_id
                 and ea.cluster_id is not null and u.path like (ea.path || '%')
                 and not exists (select 1 from reporting_unit eb where eb.organisation_id = u.organisation_id
                   and eb.cluster_id is not null and u.path like (eb.path || '%')
                   and length(eb.path) > length(ea.path))),
              (select min(oc.cluster_id) from reporting_organisation_cluster oc where oc.organisation_id = u.organisation_id
                 having count(*) = 1))""";

    static final String IN_CLUSTER = "(" + EFFECTIVE_CLUSTER + " = :c)";

    /**
     * The appointments of active people as culture bearers valid on the reference day, as an uncorrelated
     * {@code IN} list that HSQLDB computes once per statement. Joined or correlated, HSQLDB materialised the view
     * {@code reporting_culture_bearer} (a join of two tables) for every unit of the area: 10 s for a cluster of the
     * benchmark instead of milliseconds.
     */
    static final String ACTIVE_BEARERS = """
            (select b.appointment_id from reporting_culture_bearer b
              where b.valid_from <= :ref and (b.valid_to is null or b.valid_to >= :ref)
                and b.person_id in (select bp.id from reporting_person bp where bp.active = true))""";

    /** The units with such an appointment ({@link #ACTIVE_BEARERS}), once per statement. */
    static final String BEARER_UNITS = "(select cb.unit_id from reporting_culture_bearer cb where cb.appointment_id in "
            + ACTIVE_BEARERS + ")";

    /**
     * A node's units as a FROM clause whose unit alias is {@code u}, the breakdown key of each unit, and the
     * condition selecting them. The unit table leads the FROM clause so the database walks from the node's units
     * to their people and facts by index (a derived table of unit ids in front made HSQLDB scan instead).
     * {@code rollup}: every unit has exactly one key, so {@code GROUP BY ROLLUP} gives the rows and, as the null
     * key, the node's total in one pass.
     */
    record Scope(String from, String key, String where, boolean rollup) {

        String groupBy(String key) {
            return rollup ? " group by rollup(" + key + ")" : " group by " + key;
        }
    }

    /** The node's units once each, all under key -1. */
    static Scope total(Area area) {
        var breakdown = breakdown(area);
        return area.level() == Area.Level.REGION ? new Scope("reporting_unit u", "cast(-1 as bigint)", "1 = 1", false)
                : new Scope(breakdown.from(), "cast(-1 as bigint)", breakdown.where(), false);
    }

    /** The node's units keyed by breakdown row (for a unit: its child units, its own people under its own id). */
    static Scope breakdown(Area area) {
        String inCluster = area.clusterId() == null ? "" : " and " + IN_CLUSTER;
        return switch (area.level()) {
            // Each unit counts in its effective cluster; one without any (a cross-cluster organisation's unit with
            // no cluster on itself or above) counts only in the region's total, a separate statement (see scopes).
            case REGION -> new Scope("reporting_unit u", EFFECTIVE_CLUSTER, EFFECTIVE_CLUSTER + " is not null", false);
            case CLUSTER -> new Scope("reporting_unit u", "u.organisation_id", IN_CLUSTER, true);
            case ORGANISATION -> new Scope("reporting_unit u join reporting_unit t on t.organisation_id = u.organisation_id "
                    + "and t.parent_id is null and u.path like (t.path || '%')", "t.id", "u.organisation_id = :o"
                    + inCluster, true);
            case UNIT -> new Scope("reporting_unit r join reporting_unit u on u.organisation_id = r.organisation_id "
                    + "and u.path like (r.path || '%') left join reporting_unit t on t.parent_id = r.id "
                    + "and t.organisation_id = u.organisation_id and u.path like (t.path || '%')",
                    "coalesce(t.id, r.id)", "r.id = :u", true);
        };
    }

    /** The statements of a figure: one ROLLUP, or for the region its total plus its (overlapping) rows. */
    static List<Scope> scopes(Area area) {
        return area.level() == Area.Level.REGION ? List.of(total(area), breakdown(area)) : List.of(breakdown(area));
    }

    /** A rollup's total row has a null key; the region's total statement uses -1. */
    static long key(ResultSet rs) throws SQLException {
        long key = rs.getLong(1);
        return rs.wasNull() ? TOTAL : key;
    }

    static MapSqlParameterSource params(Area area, Period period, LocalDate referenceDay, Instant now) {
        var chartFrom = YearMonth.from(period.to()).minusMonths(OverviewQueries.CHART_MONTHS - 1L);
        return new MapSqlParameterSource()
                .addValue("c", area.clusterId())
                .addValue("o", area.organisationId())
                .addValue("u", area.unitId())
                .addValue("from", Date.valueOf(period.from()))
                .addValue("to", Date.valueOf(period.to()))
                .addValue("fromMonth", month(YearMonth.from(period.from())))
                .addValue("toMonth", month(YearMonth.from(period.to())))
                .addValue("recentFrom", Date.valueOf(period.to().minusDays(OverviewQueries.RECENT_DAYS - 1L)))
                .addValue("chartFrom", Date.valueOf(chartFrom.atDay(1)))
                .addValue("chartFromMonth", month(chartFrom))
                .addValue("toEnd", Timestamp.from(period.to().plusDays(1).atStartOfDay(zone()).toInstant()))
                .addValue("yearFrom", Date.valueOf(period.to().minusYears(1).plusDays(1)))
                .addValue("halfFrom", Date.valueOf(period.to().minusMonths(6).plusDays(1)))
                .addValue("halfEnd", Date.valueOf(period.to().minusMonths(6)))
                .addValue("ref", Date.valueOf(referenceDay))
                .addValue("now", Timestamp.from(now));
    }

    static int month(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static YearMonth month(int yyyymm) {
        return YearMonth.of(yyyymm / 100, yyyymm % 100);
    }

}
