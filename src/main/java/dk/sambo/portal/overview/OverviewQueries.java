package dk.sambo.portal.overview;

import static dk.sambo.portal.overview.OverviewSql.ACTIVE_BEARERS;
import static dk.sambo.portal.overview.OverviewSql.BEARER_UNITS;
import static dk.sambo.portal.overview.OverviewSql.IN_CLUSTER;
import static dk.sambo.portal.overview.OverviewSql.TOTAL;
import static dk.sambo.portal.overview.OverviewSql.key;
import static dk.sambo.portal.overview.OverviewSql.params;
import static dk.sambo.portal.overview.OverviewSql.scopes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import dk.sambo.portal.overview.OverviewSql.Scope;

/**
 * The overview's SQL. Every figure is an aggregate computed by the database (GROUP BY); Java only divides counts
 * and arranges rows. A node costs a fixed number of statements whatever the data size (see the statement-count
 * test). Reads organisation's data only through organisation's reporting views ({@code reporting_unit},
 * {@code reporting_person}, {@code reporting_role}, {@code reporting_culture_bearer}, {@code reporting_cluster},
 * {@code reporting_organisation}, {@code reporting_organisation_cluster}: migration V23_1, checked by
 * ReportingViewsContractTest), never its tables; it writes only its own overview_* tables. One statement text
 * serves both databases (the one aggregate beyond standard SQL, MEDIAN, is defined on PostgreSQL by V23_2).
 *
 * <p>Scope of a node: its units (see {@link Scope}; the node's total under key -1, breakdown rows under their
 * key). A unit's clusters are its own cluster where set, else its organisation's clusters. People
 * count in the unit they belong to now; questions in the unit they were asked from.
 */
@Component
class OverviewQueries {

    static ZoneId zone() {
        return OverviewSql.zone();
    }

    static final String STEP1 = "CROSS_SECTOR_STEP1";
    static final String STEP2 = "CROSS_SECTOR_STEP2";
    static final int RECENT_DAYS = 90;
    static final int CHART_MONTHS = 24;

    private final NamedParameterJdbcTemplate jdbc;
    private final QuestionQueries questions;
    private final PeopleQueries people;
    private final TrainingQueries training;

    OverviewQueries(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.questions = new QuestionQueries(jdbc);
        this.people = new PeopleQueries(jdbc);
        this.training = new TrainingQueries(jdbc);
    }

    /** The question figures (three passes: {@link QuestionQueries}). */
    QuestionQueries questions() {
        return questions;
    }

    /** The median aggregate ({@link OverviewSql#median}). */
    static String median(String expression) {
        return OverviewSql.median(expression);
    }

    // --- the node ----------------------------------------------------------------------------------------------

    record Names(String name, Map<Long, String> children) {
    }

    Names names(Area area) {
        var p = params(area, new Period(LocalDate.EPOCH, LocalDate.EPOCH), LocalDate.EPOCH, Instant.EPOCH);
        String self = switch (area.level()) {
            case REGION -> "select cast(null as varchar(200)) name from (values (0)) x";
            case CLUSTER -> "select name from reporting_cluster where id = :c";
            case ORGANISATION -> "select name from reporting_organisation where id = :o";
            case UNIT -> "select name from reporting_unit where id = :u";
        };
        String children = switch (area.level()) {
            case REGION -> "select id, name from reporting_cluster where active = true order by name";
            case CLUSTER -> """
                    select o.id, o.name from reporting_organisation o join reporting_organisation_cluster oc on oc.organisation_id = o.id
                    where oc.cluster_id = :c order by o.name""";
            case ORGANISATION -> "select t.id, t.name from reporting_unit t where t.organisation_id = :o and t.parent_id is null"
                    + (area.clusterId() == null ? "" : " and exists (select 1 from reporting_unit u where "
                            + "u.organisation_id = t.organisation_id and u.path like (t.path || '%') and " + IN_CLUSTER
                            + ")")
                    + " order by t.name";
            case UNIT -> "select t.id, t.name from reporting_unit t where t.parent_id = :u order by t.name";
        };
        // One statement: the node's own name as the row with key -1, then its children in order.
        var rows = new LinkedHashMap<Long, String>();
        jdbc.query("select cast(-1 as bigint) id, name from (" + self + ") s union all select * from (" + children
                + ") ch", p, rs -> {
                    rows.put(rs.getLong(1), rs.getString(2));
                });
        var name = rows.remove(TOTAL);
        return new Names(name == null ? "" : name, rows);
    }

    /** Every figure of the node (key -1) and of each breakdown row, in a fixed number of statements. */
    Map<Long, Figures> figures(Area area, Period period, LocalDate referenceDay, Instant now) {
        return merge(people(area, period, referenceDay, now), units(area, period, referenceDay, now),
                questions.all(area, period, now).byKey(), plans(area, period, referenceDay, now));
    }

    /** People by knowledge target, participation and steps, by breakdown key ({@link PeopleQueries}). */
    Map<Long, long[]> people(Area area, Period period, LocalDate referenceDay, Instant now) {
        return people.people(area, period, referenceDay, now);
    }

    /** The participation of a node's target group as of {@code day} ({@link PeopleQueries#participation}). */
    Participation participation(Area area, LocalDate day) {
        return people.participation(area, day);
    }

    /** The units of a cluster below a share with recent training ({@link PeopleQueries#unitsBelow}). */
    List<NodeParticipation> unitsBelow(long clusterId, int lowerPercent, LocalDate day) {
        return people.unitsBelow(clusterId, lowerPercent, day);
    }

    /** Calendar sessions held and the training log ({@link TrainingQueries#training}). */
    Overview.Training training(Area area, Period period, Instant now) {
        return training.training(area, period, now);
    }

    /** Participants per month for the run chart ({@link TrainingQueries#monthlyParticipants}). */
    Map<YearMonth, Long> monthlyParticipants(Area area, Period period, Instant now) {
        return training.monthlyParticipants(area, period, now);
    }

    /** Units, units with an active culture bearer, and culture bearers, by breakdown key. */
    Map<Long, long[]> units(Area area, Period period, LocalDate referenceDay, Instant now) {
        var p = params(area, period, referenceDay, now);
        var lap = new Lap(area);
        var units = new HashMap<Long, long[]>();
        for (var scope : scopes(area)) {

            jdbc.query("select x.child_key, count(*), sum(x.covered) from (select " + scope.key() + " child_key,"
                    + " case when exists (select 1 from reporting_unit au"
                    + " where au.organisation_id = u.organisation_id and u.path like (au.path || '%')"
                    + " and au.id in " + BEARER_UNITS + ") then 1 else 0 end covered"
                    + " from " + scope.from() + " where " + scope.where() + ") x" + scope.groupBy("x.child_key"),
                    p, rs -> {
                        units.put(key(rs), new long[] {rs.getLong(2), rs.getLong(3), 0});
                    });
            lap.mark("culture-bearer coverage");
            jdbc.query("select x.child_key, count(distinct x.person_id) from (select " + scope.key() + " child_key,"
                    + " a.person_id from " + scope.from()
                    + " join reporting_unit au on au.organisation_id = u.organisation_id and u.path like (au.path || '%')"
                    + " and au.id in " + BEARER_UNITS
                    + " join reporting_culture_bearer a on a.unit_id = au.id"
                    + " where a.appointment_id in " + ACTIVE_BEARERS
                    + " and " + scope.where() + ") x" + scope.groupBy("x.child_key"), p, rs -> {
                        units.computeIfAbsent(key(rs), k -> new long[3])[2] = rs.getLong(2);
                    });
            lap.mark("culture bearers");
        }
        return units;
    }

    /** Plan activities done, the plan's size and the organisations with a plan, by breakdown key. */
    Map<Long, long[]> plans(Area area, Period period, LocalDate referenceDay, Instant now) {
        var p = params(area, period, referenceDay, now);
        var lap = new Lap(area);
        var plans = new HashMap<Long, long[]>();
        var planSql = planSql(area);
        jdbc.query(planSql, p, rs -> {
            plans.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        });
        lap.mark("plan");

        return plans;
    }

    /** The parts above as one {@link Figures} per breakdown key and for the node (key -1). */
    static Map<Long, Figures> merge(Map<Long, long[]> people, Map<Long, long[]> units,
            Map<Long, QuestionQueries.QuestionCounts> questions, Map<Long, long[]> plans) {
        var keys = new java.util.HashSet<Long>();
        keys.addAll(people.keySet());
        keys.addAll(units.keySet());
        keys.addAll(questions.keySet());
        keys.addAll(plans.keySet());
        keys.add(TOTAL);
        var result = new HashMap<Long, Figures>();
        for (var key : keys) {
            var v = people.getOrDefault(key, new long[PeopleQueries.COUNTS]);
            var u = units.getOrDefault(key, new long[3]);
            var q = questions.getOrDefault(key, QuestionQueries.QuestionCounts.NONE);
            var plan = plans.get(key);
            boolean hasPlan = plan != null && plan[2] > 0;
            result.put(key, new Figures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
                    v[12], v[13], v[14], u[0], u[1], u[2], q.asked(), q.answered(), q.byBearer(), q.overdue(),
                    q.escalated(), q.medianHours(), hasPlan ? plan[0] : null, hasPlan ? plan[1] : null,
                    new Figures.Steps(v[15], v[16], v[17], v[18], v[19], v[20], v[21])));
        }
        return result;
    }

    /** Plan progress: activities done of the plan's size, summed over the organisations of each row. */
    private static String planSql(Area area) {
        var perOrganisation = """
                (select pt.organisation_id, pt.total_activities total,
                   sum(case when pa.done = true then 1 else 0 end) done
                 from overview_plan_total pt left join overview_plan_activity pa on pa.organisation_id = pt.organisation_id
                 group by pt.organisation_id, pt.total_activities)""";
        // The last column counts organisations with a plan, so "no plan" differs from "0 done of 0".
        return switch (area.level()) {
            case REGION -> "select oc.cluster_id, sum(ps.done), sum(ps.total), count(*) from " + perOrganisation
                    + " ps join reporting_organisation_cluster oc on oc.organisation_id = ps.organisation_id group by oc.cluster_id"
                    + " union all select cast(-1 as bigint), sum(ps.done), sum(ps.total), count(*) from "
                    + perOrganisation + " ps";
            case CLUSTER -> "select ps.organisation_id, ps.done, ps.total, 1 from " + perOrganisation
                    + " ps join reporting_organisation_cluster oc on oc.organisation_id = ps.organisation_id and oc.cluster_id = :c"
                    + " union all select cast(-1 as bigint), sum(ps.done), sum(ps.total), count(*) from "
                    + perOrganisation + " ps join reporting_organisation_cluster oc on oc.organisation_id = ps.organisation_id"
                    + " and oc.cluster_id = :c";
            case ORGANISATION -> "select cast(-1 as bigint), ps.done, ps.total, 1 from " + perOrganisation
                    + " ps where ps.organisation_id = :o";
            case UNIT -> "select cast(-1 as bigint), ps.done, ps.total, 1 from " + perOrganisation
                    + " ps join reporting_unit r on r.organisation_id = ps.organisation_id and r.id = :u";
        };
    }

    record Monthly(Map<YearMonth, Long> participants, Map<YearMonth, Long> asked,
            Map<YearMonth, Double> medianHours) {
    }

    /** Monthly series for the run charts: the CHART_MONTHS months ending with the period's last month. */
    Monthly monthly(Area area, Period period, Instant now) {
        var questions = this.questions.all(area, period, now);
        return new Monthly(monthlyParticipants(area, period, now), questions.askedByMonth(),
                questions.medianHoursByMonth());
    }

}
