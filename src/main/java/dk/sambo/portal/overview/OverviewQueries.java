package dk.sambo.portal.overview;

import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

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
        return dk.sambo.portal.shared.PortalTimeZone.get();
    }

    static final String STEP1 = "CROSS_SECTOR_STEP1";
    static final String STEP2 = "CROSS_SECTOR_STEP2";
    static final int RECENT_DAYS = 90;
    static final int CHART_MONTHS = 24;
    private static final long TOTAL = -1;

    private final NamedParameterJdbcTemplate jdbc;
    private final QuestionQueries questions;

    OverviewQueries(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.questions = new QuestionQueries(jdbc);
    }

    /** The question figures (three passes: {@link QuestionQueries}). */
    QuestionQueries questions() {
        return questions;
    }

    static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName);
            return product.toLowerCase().contains("postgres");
        } catch (Exception e) {
            return false;
        }
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

    private static final String IN_CLUSTER = "(" + EFFECTIVE_CLUSTER + " = :c)";

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
        var chartFrom = YearMonth.from(period.to()).minusMonths(CHART_MONTHS - 1L);
        return new MapSqlParameterSource()
                .addValue("c", area.clusterId())
                .addValue("o", area.organisationId())
                .addValue("u", area.unitId())
                .addValue("from", Date.valueOf(period.from()))
                .addValue("to", Date.valueOf(period.to()))
                .addValue("fromMonth", month(YearMonth.from(period.from())))
                .addValue("toMonth", month(YearMonth.from(period.to())))
                .addValue("recentFrom", Date.valueOf(period.to().minusDays(RECENT_DAYS - 1L)))
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

    /** People by knowledge target, participation and steps, by breakdown key ({@value #COUNTS} counts each). */
    Map<Long, long[]> people(Area area, Period period, LocalDate referenceDay, Instant now) {
        var p = params(area, period, referenceDay, now);
        var lap = new Lap(area);
        var people = new HashMap<Long, long[]>();
        for (var scope : scopes(area)) {
            people.putAll(people(scope, p, ""));
            lap.mark("people and participation");
        }
        return people;
    }

    /** Units, units with an active culture bearer, and culture bearers, by breakdown key. */
    Map<Long, long[]> units(Area area, Period period, LocalDate referenceDay, Instant now) {
        var p = params(area, period, referenceDay, now);
        var lap = new Lap(area);
        var units = new HashMap<Long, long[]>();
        for (var scope : scopes(area)) {

            jdbc.query("""
                    select x.child_key, count(*), sum(x.covered) from (select """ + " " + scope.key() + """
                       child_key,
                      case when exists (select 1 from reporting_unit au
                          join reporting_culture_bearer a on a.unit_id = au.id
                          join reporting_person bp on bp.id = a.person_id
                          where au.organisation_id = u.organisation_id and u.path like (au.path || '%')
                            and bp.active = true and a.valid_from <= :ref and (a.valid_to is null or a.valid_to >= :ref))
                        then 1 else 0 end covered
                      from """ + " " + scope.from() + " where " + scope.where() + ") x" + scope.groupBy("x.child_key"),
                    p, rs -> {
                        units.put(key(rs), new long[] {rs.getLong(2), rs.getLong(3), 0});
                    });
            lap.mark("culture-bearer coverage");
            jdbc.query("""
                    select x.child_key, count(distinct x.person_id) from (select """ + " " + scope.key() + """
                       child_key, a.person_id
                      from """ + " " + scope.from() + """
                       join reporting_unit au on au.organisation_id = u.organisation_id and u.path like (au.path || '%')
                      join reporting_culture_bearer a on a.unit_id = au.id
                      join reporting_person bp on bp.id = a.person_id
                      where bp.active = true and a.valid_from <= :ref and (a.valid_to is null or a.valid_to >= :ref)
                        and """ + " " + scope.where() + ") x" + scope.groupBy("x.child_key"), p, rs -> {
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
            var v = people.getOrDefault(key, new long[COUNTS]);
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

    /** The counts per breakdown key of {@link #people(Scope, MapSqlParameterSource, String)}. */
    static final int COUNTS = 22;

    /**
     * 1 if the person's organisation has confirmed that it passed the launch package on locally (seed 000: "Den
     * enkelte organisation formidler materialet lokalt") by the end of the period's last day, in the cluster the
     * node is seen in; where the node is not within one cluster (the region, a whole organisation, a unit), in the
     * cluster the unit works in ({@link #EFFECTIVE_CLUSTER}: its own, else its nearest ancestor's, else its
     * organisation's only one), and only for a unit with none of those in any cluster the organisation serves. So
     * the region's row of a cluster counts the launch as that cluster's own overview does (a unit without a cluster
     * of its own under a unit of the cluster matched any of its organisation's clusters at region level before).
     */
    static final String LAUNCHED = """
            case when exists (select 1 from launch_package_cascade lc where lc.organisation_id = u.organisation_id
                and lc.passed_on_at < :toEnd
                and lc.cluster_id = coalesce(cast(:c as bigint),""" + " " + EFFECTIVE_CLUSTER + """
            , lc.cluster_id)) then 1 else 0 end""";

    /** The session types of the leaders' frames for using the new knowledge (seed 000, forandringsledelse). */
    static final String LOCAL_TYPES = "('PRACTICE_TRAINING', 'PEER_COACHING', 'KNOWLEDGE_SHARING')";

    /**
     * 1 if the person took part in practice training, peer coaching (sparring) or knowledge sharing in the period:
     * attended such a calendar session, or named in a training-log entry of such a type. Decided by the last day
     * of such training in the person's summary ({@code local_last_day}, kept by the listeners), and only when that
     * lies after the period by looking at the person's facts.
     */
    static final String LOCAL_TRAINING = """
            case when s.local_last_day is null or s.local_last_day < :from then 0
              when s.local_last_day <= :to then 1
              when exists (select 1 from overview_attendance_fact a where a.person_id = p.id and a.attended = true
                  and a.day between :from and :to and a.session_type in """ + " " + LOCAL_TYPES + """
                ) then 1
              when exists (select 1 from overview_log_participant l join overview_log_fact lf
                  on lf.entry_id = l.entry_id where l.person_id = p.id and l.day between :from and :to
                  and lf.entry_type in """ + " " + LOCAL_TYPES + """
                ) then 1 else 0 end""";

    /**
     * 1 if the person took part in both halves of the twelve months up to the period's last day ([:yearFrom,
     * :halfEnd] and [:halfFrom, :to]). The second half as "took part"; the first half by the start of the person's
     * last run of participation days ({@code run_start_day}): its gaps are at most
     * {@value OverviewFactListener#RUN_GAP_DAYS} days, shorter than the first half (at least 181 days), so a run
     * that starts by the first half's end and reaches the second half has a day in the first half. Only when the
     * run starts later does the query look at the person's days.
     */
    static final String CONTINUED = "case when (" + tookPartBetween(":halfFrom") + """
            ) = 0 then 0
              when s.run_start_day <= :halfEnd then 1
              when exists (select 1 from overview_participation_day d where d.person_id = p.id
                  and d.day between :yearFrom and :halfEnd) then 1 else 0 end""";

    /**
     * People and participation per breakdown key: 22 counts per key (people; in-depth, overall, leaders; took part
     * in the period: target group, in-depth, overall, leaders; step 1: in-depth, overall, leaders; step 2: the same;
     * target group with training in the last {@value #RECENT_DAYS} days; then the staircase's measures: in-depth
     * staff and line managers, of them with step 1 or step 2; overall staff who are no line managers, of them
     * with step 2; target group whose organisation passed the launch package on; target group with practice
     * training, peer coaching or knowledge sharing in the period; target group who took part in both halves of
     * the twelve months up to the period's last day). {@code having} filters the keys (may
     * be empty); its expressions may use the aggregates of this statement.
     */
    private Map<Long, long[]> people(Scope scope, MapSqlParameterSource p, String having) {
        var people = new HashMap<Long, long[]>();
        jdbc.query("""
                select x.child_key, count(*),
                  sum(case when x.kt = 'IN_DEPTH' then 1 else 0 end),
                  sum(case when x.kt = 'OVERALL' then 1 else 0 end),
                  sum(x.leader),
                  sum(case when x.kt <> 'NONE' then x.part else 0 end),
                  sum(case when x.kt = 'IN_DEPTH' then x.part else 0 end),
                  sum(case when x.kt = 'OVERALL' then x.part else 0 end),
                  sum(x.leader * x.part),
                  sum(case when x.kt = 'IN_DEPTH' then x.step1 else 0 end),
                  sum(case when x.kt = 'OVERALL' then x.step1 else 0 end),
                  sum(x.leader * x.step1),
                  sum(case when x.kt = 'IN_DEPTH' then x.step2 else 0 end),
                  sum(case when x.kt = 'OVERALL' then x.step2 else 0 end),
                  sum(x.leader * x.step2),
                  sum(case when x.kt <> 'NONE' then x.recent else 0 end),
                  sum(case when x.kt = 'IN_DEPTH' or x.lm = 1 then 1 else 0 end),
                  sum(case when (x.kt = 'IN_DEPTH' or x.lm = 1) and (x.step1 = 1 or x.step2 = 1) then 1 else 0 end),
                  sum(case when x.kt = 'OVERALL' and x.lm = 0 then 1 else 0 end),
                  sum(case when x.kt = 'OVERALL' and x.lm = 0 then x.step2 else 0 end),
                  sum(case when x.kt <> 'NONE' then x.launched else 0 end),
                  sum(case when x.kt <> 'NONE' then x.local_training else 0 end),
                  sum(case when x.kt <> 'NONE' then x.continued else 0 end)
                from (select """ + " " + scope.key() + """
                   child_key, p.knowledge_target kt,
                  case when exists (select 1 from reporting_role ra where ra.person_id = p.id
                      and ra.role in ('LINE_MANAGER', 'SENIOR_MANAGER')) then 1 else 0 end leader,
                  case when exists (select 1 from reporting_role ra where ra.person_id = p.id
                      and ra.role = 'LINE_MANAGER') then 1 else 0 end lm,
                  case when s.step1_day <= :to then 1 else 0 end step1,
                  case when s.step2_day <= :to then 1 else 0 end step2,
                  """ + tookPartBetween(":from") + """
                   part,
                  """ + tookPartBetween(":recentFrom") + """
                   recent,
                  """ + LAUNCHED + """
                   launched,
                  """ + LOCAL_TRAINING + """
                   local_training,
                  """ + CONTINUED + """
                   continued
                  from """ + " " + scope.from() + """
                   join reporting_person p on p.unit_id = u.id
                  left join overview_person_summary s on s.person_id = p.id
                  where p.active = true and """ + " " + scope.where() + """
                ) x""" + " " + scope.groupBy("x.child_key") + having, p, rs -> {
                    var v = new long[COUNTS];
                    for (int i = 0; i < COUNTS; i++) {
                        v[i] = rs.getLong(i + 2);
                    }
                    people.put(key(rs), v);
                });
        return people;
    }

    static Participation participation(long[] people) {
        return new Participation(people[1] + people[2], people[8] + people[9], people[11] + people[12], people[14]);
    }

    /** The participation of a node's target group as of {@code day} (step 1 and 2 up to it, the 90 days to it). */
    Participation participation(Area area, LocalDate day) {
        var p = params(area, Period.lastTwelveMonths(day), day, day.atStartOfDay(zone()).toInstant());
        var counts = people(total(area), p, "").get(TOTAL);
        return counts == null ? Participation.NONE : participation(counts);
    }

    /**
     * The units working in a cluster whose target group's share with any training in the {@value #RECENT_DAYS}
     * days up to {@code day} is below {@code lowerPercent}; each unit with its own people, units without a target
     * group left out. The database selects them (HAVING); one more statement names them. Each unit counts its own
     * people only (units below it are rows of their own), so no one is counted twice.
     */
    List<NodeParticipation> unitsBelow(long clusterId, int lowerPercent, LocalDate day) {
        var p = params(Area.cluster(clusterId), Period.lastTwelveMonths(day), day, day.atStartOfDay(zone()).toInstant())
                .addValue("lower", lowerPercent);
        var lap = new Lap(Area.cluster(clusterId));
        String target = "sum(case when x.kt <> 'NONE' then 1 else 0 end)";
        String recent = "sum(case when x.kt <> 'NONE' then x.recent else 0 end)";
        var below = people(new Scope("reporting_unit u", "u.id", IN_CLUSTER, false), p,
                " having " + target + " > 0 and 100 * " + recent + " < :lower * " + target);
        lap.mark("units below " + lowerPercent + " %");
        if (below.isEmpty()) {
            return List.of();
        }
        var rows = new ArrayList<NodeParticipation>();
        jdbc.query("select u.id, u.name, o.name from reporting_unit u join reporting_organisation o on o.id = u.organisation_id "
                + "where u.id in (:units)", new MapSqlParameterSource("units", below.keySet()), rs -> {
                    rows.add(new NodeParticipation(Area.unit(rs.getLong(1)), rs.getString(2), rs.getString(3),
                            participation(below.get(rs.getLong(1)))));
                });
        lap.mark("names of units below");
        return rows;
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

    /**
     * 1 if the person (summary {@code s}) took part between {@code from} and :to: decided by the last day they
     * took part, and only when that lies after the period by looking at their days.
     */
    private static String tookPartBetween(String from) {
        return "case when s.last_day is null or s.last_day < " + from + " then 0 when s.last_day <= :to then 1 "
                + "when exists (select 1 from overview_participation_day d where d.person_id = p.id and d.day between "
                + from + " and :to) then 1 else 0 end";
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

    /** Times each statement at debug level ("logging.level.dk.sambo.portal.overview=debug"), for tuning. */
    static final class Lap {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OverviewQueries.class);
        private final Area area;
        private long start = System.nanoTime();

        Lap(Area area) {
            this.area = area;
        }

        void mark(String statement) {
            long now = System.nanoTime();
            LOG.debug("{} {}: {} ms", area.token(), statement, (now - start) / 1_000_000);
            start = now;
        }
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
