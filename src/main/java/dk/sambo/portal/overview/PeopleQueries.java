package dk.sambo.portal.overview;

import static dk.sambo.portal.overview.OverviewSql.EFFECTIVE_CLUSTER;
import static dk.sambo.portal.overview.OverviewSql.IN_CLUSTER;
import static dk.sambo.portal.overview.OverviewSql.TOTAL;
import static dk.sambo.portal.overview.OverviewSql.key;
import static dk.sambo.portal.overview.OverviewSql.params;
import static dk.sambo.portal.overview.OverviewSql.scopes;
import static dk.sambo.portal.overview.OverviewSql.total;
import static dk.sambo.portal.overview.OverviewSql.zone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import dk.sambo.portal.overview.OverviewSql.Scope;

/**
 * The people statement: per breakdown key, people by knowledge target, participation, step 1 and step 2 and the
 * staircase's own measures ({@value #COUNTS} counts), decided on each person's summary row
 * ({@code overview_person_summary}); also the leaders' start-page share and the units below a band.
 */
final class PeopleQueries {

    private final NamedParameterJdbcTemplate jdbc;

    PeopleQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /** The counts per breakdown key of {@link #people(Scope, MapSqlParameterSource, String)}. */
    static final int COUNTS = 22;

    /**
     * 1 if the person's organisation has confirmed that it passed the launch package on locally (seed 000: "Den
     * enkelte organisation formidler materialet lokalt") by the end of the period's last day, in the cluster the
     * node is seen in; where the node is not within one cluster (the region, a whole organisation, a unit), in the
     * cluster the unit works in ({@link OverviewSql#EFFECTIVE_CLUSTER}: its own, else its nearest ancestor's, else its
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
     * {@value ParticipationSummaries#RUN_GAP_DAYS} days, shorter than the first half (at least 181 days), so a run
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
     * target group with training in the last {@value OverviewQueries#RECENT_DAYS} days; then the staircase's measures: in-depth
     * staff and line managers, of them with step 1 or step 2; overall staff who are no line managers, of them
     * with step 2; target group whose organisation passed the launch package on; target group with practice
     * training, peer coaching or knowledge sharing in the period; target group who took part in both halves of
     * the twelve months up to the period's last day). {@code having} filters the keys (may
     * be empty); its expressions may use the aggregates of this statement.
     */
    Map<Long, long[]> people(Scope scope, MapSqlParameterSource p, String having) {
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
     * The units working in a cluster whose target group's share with any training in the {@value OverviewQueries#RECENT_DAYS}
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

    /**
     * 1 if the person (summary {@code s}) took part between {@code from} and :to: decided by the last day they
     * took part, and only when that lies after the period by looking at their days.
     */
    private static String tookPartBetween(String from) {
        return "case when s.last_day is null or s.last_day < " + from + " then 0 when s.last_day <= :to then 1 "
                + "when exists (select 1 from overview_participation_day d where d.person_id = p.id and d.day between "
                + from + " and :to) then 1 else 0 end";
    }
}
