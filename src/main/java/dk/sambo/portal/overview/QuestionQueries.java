package dk.sambo.portal.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;

import dk.sambo.portal.overview.OverviewSql.Scope;

/**
 * The overview's question figures in three passes over the node's question facts instead of one pass per figure:
 * <ol>
 * <li>{@link #counts}: every count, by breakdown key, topic, sector and month and for the node, in one
 * {@code GROUPING SETS} pass over the period and the run chart's months together (each count sums only the rows
 * of its own range);</li>
 * <li>{@link #medians}: the median time to a first answer by breakdown key, topic and sector and for the node,
 * over the answered questions of the period;</li>
 * <li>{@link #monthlyMedians}: the median per month of the run chart, over its answered questions.</li>
 * </ol>
 * The medians are passes of their own over the answered questions only: HSQLDB 2.7.3 fails with "General error"
 * on MEDIAN under {@code GROUPING SETS} or {@code ROLLUP} when a group holds only nulls, and a median with a
 * condition inside would make such groups. A group without an answered question has no median row, so its median
 * is null, as the median of its (all null) answer times is. The figures are the same as one statement per figure
 * gave (the overview tests compare them with SQL written independently over the base tables).
 */
class QuestionQueries {

    /** Question counts and the median time to a first answer of one breakdown key, topic, sector or month. */
    record QuestionCounts(long asked, long answered, long byBearer, long overdue, long escalated,
            @Nullable Double medianHours) {
        static final QuestionCounts NONE = new QuestionCounts(0, 0, 0, 0, 0, null);

        QuestionCounts withMedian(@Nullable Double hours) {
            return new QuestionCounts(asked, answered, byBearer, overdue, escalated, hours);
        }
    }

    /** The counts of one pass, by group (medians still empty). */
    record Counts(Map<Long, QuestionCounts> byKey, Map<String, QuestionCounts> byTopic,
            Map<String, QuestionCounts> bySector, Map<YearMonth, Long> askedByMonth) {
    }

    /** Median hours to a first answer by group; a group without an answered question is absent. */
    record Medians(Map<Long, Double> byKey, Map<String, Double> byTopic, Map<String, Double> bySector) {
    }

    /** Every question figure of a node: by breakdown key (the node under -1), topic, sector and month. */
    record Questions(Map<Long, QuestionCounts> byKey, List<Overview.QuestionGroup> byTopic,
            List<Overview.QuestionGroup> bySector, Map<YearMonth, Long> askedByMonth,
            Map<YearMonth, Double> medianHoursByMonth) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    QuestionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The three passes one after the other (the overview page starts them side by side). */
    Questions all(Area area, Period period, Instant now) {
        return combine(counts(area, period, now), medians(area, period, now), monthlyMedians(area, period, now));
    }

    static Questions combine(Counts counts, Medians medians, Map<YearMonth, Double> monthlyMedians) {
        var byKey = new HashMap<Long, QuestionCounts>();
        counts.byKey().forEach((k, c) -> byKey.put(k, c.withMedian(medians.byKey().get(k))));
        return new Questions(byKey, groups(counts.byTopic(), medians.byTopic()),
                groups(counts.bySector(), medians.bySector()), counts.askedByMonth(), monthlyMedians);
    }

    /** Most questions first, then by key. */
    private static List<Overview.QuestionGroup> groups(Map<String, QuestionCounts> counts,
            Map<String, Double> medians) {
        var groups = new ArrayList<Overview.QuestionGroup>();
        counts.forEach((key, c) -> groups.add(new Overview.QuestionGroup(key, c.asked(), c.answered(), c.overdue(),
                c.escalated(), medians.get(key))));
        groups.sort(Comparator.comparingLong(Overview.QuestionGroup::asked).reversed()
                .thenComparing(Overview.QuestionGroup::key));
        return groups;
    }

    /**
     * The grouping of a pass: for a node whose units each have one breakdown key, every group in one pass; for the
     * region, its total statement gives the groups and the node, its breakdown statement the rows (they overlap).
     */
    private static String grouping(Scope scope, boolean months) {
        String month = months ? ", (q.ask_month)" : "";
        if (scope.rollup()) {
            return " group by grouping sets ((q.child_key), (q.topic_key), (q.sector_key)" + month + ", ())";
        }
        // The region's total statement: its key is the constant -1, kept in every set so it may be selected.
        String regionMonth = months ? ", (q.child_key, q.ask_month)" : "";
        return scope.key().startsWith("cast(-1") ? " group by grouping sets ((q.child_key, q.topic_key), "
                + "(q.child_key, q.sector_key)" + regionMonth + ", (q.child_key))"
                : " group by q.child_key, q.topic_key, q.sector_key, q.ask_month";
    }

    /** The facts of a node's questions with their groups' keys, from {@code :range} to {@code :to}. */
    private static String facts(Scope scope, String range, String condition, boolean regionRows) {
        // The region's rows carry no topic, sector or month (a plain GROUP BY needs them as constants).
        String groups = regionRows ? "cast(null as varchar(40)) topic_key, cast(null as varchar(20)) sector_key, "
                + "cast(null as int) ask_month"
                : "coalesce(q.topic_code, '-') topic_key, coalesce(q.sector, '-') sector_key, q.asked_month ask_month";
        return " from (select " + scope.key() + " child_key, " + groups + ", q.asked_day, q.first_answer_at, "
                + "q.first_answer_by_bearer, q.status, q.due_at, q.escalated_at, q.first_answer_seconds from "
                + scope.from() + " join overview_question_fact q on q.unit_id = u.id where q.asked_day between "
                + range + " and :to and q.hidden = false" + condition + " and " + scope.where() + ") q";
    }

    private static boolean regionRows(Scope scope) {
        return !scope.rollup() && !scope.key().startsWith("cast(-1");
    }

    /** Pass 1: the counts of the period by key, topic and sector, and questions asked per chart month. */
    Counts counts(Area area, Period period, Instant now) {
        var p = params(area, period, now);
        var lap = new Lap(area);
        var counts = new Counts(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        String inPeriod = "q.asked_day >= :from";
        for (var scope : OverviewSql.scopes(area)) {
            jdbc.query("select q.child_key, q.topic_key, q.sector_key, q.ask_month, "
                    + "sum(case when " + inPeriod + " then 1 else 0 end), "
                    + "sum(case when " + inPeriod + " and q.first_answer_at is not null then 1 else 0 end), "
                    + "sum(case when " + inPeriod + " and q.first_answer_by_bearer = true then 1 else 0 end), "
                    + "sum(case when " + inPeriod + " and q.first_answer_at is null and q.status <> 'RESOLVED' "
                    + "and q.due_at < :now then 1 else 0 end), "
                    + "sum(case when " + inPeriod + " and q.escalated_at is not null then 1 else 0 end), "
                    + "sum(case when q.asked_day >= :chartFrom then 1 else 0 end)"
                    + facts(scope, ":questionsFrom", "", regionRows(scope)) + grouping(scope, true), p,
                    rs -> {
                        add(counts, rs, regionRows(scope));
                    });
            lap.mark("question counts");
        }
        return counts;
    }

    private static void add(Counts counts, ResultSet rs, boolean regionRows) throws SQLException {
        var c = new QuestionCounts(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), null);
        long key = rs.getLong(1);
        boolean hasKey = !rs.wasNull();
        String topic = rs.getString(2);
        String sector = rs.getString(3);
        int month = rs.getInt(4);
        boolean hasMonth = !rs.wasNull();
        if (hasMonth) {
            // A month of the period before the chart's first month is a group of its own with nothing to count.
            if (rs.getLong(10) > 0) {
                counts.askedByMonth().put(OverviewSql.month(month), rs.getLong(10));
            }
        } else if (topic != null) {
            putIfAsked(counts.byTopic(), topic, c);
        } else if (sector != null) {
            putIfAsked(counts.bySector(), sector, c);
        } else if (hasKey && (regionRows || key != -1)) {
            putIfAsked(counts.byKey(), key, c);
        } else {
            // the node: always a row, as a count without GROUP BY gives one
            counts.byKey().put(-1L, c);
        }
    }

    /** A group all of whose questions lie before the period (in the chart's months only) was not asked in it. */
    private static <K> void putIfAsked(Map<K, QuestionCounts> map, K key, QuestionCounts c) {
        if (c.asked() > 0) {
            map.put(key, c);
        }
    }

    /** Pass 2: the median hours to a first answer in the period, by key, topic and sector and for the node. */
    Medians medians(Area area, Period period, Instant now) {
        var p = params(area, period, now);
        var lap = new Lap(area);
        var medians = new Medians(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (var scope : OverviewSql.scopes(area)) {
            boolean regionRows = regionRows(scope);
            jdbc.query("select q.child_key, q.topic_key, q.sector_key, " + OverviewSql.median("q.first_answer_seconds")
                    + facts(scope, ":from", " and q.first_answer_seconds is not null", regionRows)
                    + grouping(scope, false), p, rs -> {
                        long key = rs.getLong(1);
                        boolean hasKey = !rs.wasNull();
                        String topic = rs.getString(2);
                        String sector = rs.getString(3);
                        double hours = rs.getDouble(4) / 3600.0;
                        if (topic != null) {
                            medians.byTopic().put(topic, hours);
                        } else if (sector != null) {
                            medians.bySector().put(sector, hours);
                        } else {
                            medians.byKey().put(hasKey && (regionRows || key != -1) ? key : -1L, hours);
                        }
                    });
            lap.mark("question medians");
        }
        return medians;
    }

    /** Pass 3: the median hours to a first answer per month of the run chart. */
    Map<YearMonth, Double> monthlyMedians(Area area, Period period, Instant now) {
        var p = params(area, period, now);
        var lap = new Lap(area);
        var scope = OverviewSql.total(area);
        var medians = new HashMap<YearMonth, Double>();
        jdbc.query("select q.asked_month, " + OverviewSql.median("q.first_answer_seconds") + " from "
                + scope.from() + " join overview_question_fact q on q.unit_id = u.id and " + scope.where()
                + " where q.asked_day between :chartFrom and :to and q.hidden = false"
                + " and q.first_answer_seconds is not null group by q.asked_month", p, rs -> {
                    medians.put(OverviewSql.month(rs.getInt(1)), rs.getDouble(2) / 3600.0);
                });
        lap.mark("monthly question medians");
        return medians;
    }

    private static MapSqlParameterSource params(Area area, Period period, Instant now) {
        var p = OverviewSql.params(area, period, period.to(), now);
        var chartFrom = ((java.sql.Date) p.getValue("chartFrom")).toLocalDate();
        var from = period.from().isBefore(chartFrom) ? period.from() : chartFrom;
        return p.addValue("questionsFrom", java.sql.Date.valueOf(from));
    }
}
