package dk.sambo.portal.overview;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.plan.PlanService;

/**
 * The overview benchmark (docs/benchmarks-overview.md). Not part of {@code ./mvnw verify} (the class name does
 * not match Surefire's test patterns); run it with
 * {@code ./mvnw test -Dtest=OverviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Loads, with batch JDBC into a fresh in-memory HSQLDB of its own: 200 organisations over the four clusters,
 * 1,500 units (two levels), 30,000 people with leaders and culture bearers, 1,000,000 training records
 * (700,000 attendance marks of 20,000 calendar sessions and 300,000 named participants of 100,000 training-log
 * entries) and 100,000 questions, spread over two years. Then times a cluster overview and the region overview
 * (every figure, breakdown row, topic/sector table and run chart), warm, median of several runs.
 *
 * <p>Over 300 lines on purpose (issue 16): most of it is the batch loader of the data set, which is only read
 * together with the figures it is measured on; it is a command, not part of the build.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:overview-benchmark;hsqldb.tx=mvcc",
        "logging.level.root=warn",
        "logging.level.dk.sambo.portal.overview=debug"})
@ActiveProfiles("test")
class OverviewBenchmark {

    static final int ORGANISATIONS = 200;
    static final int UNITS = 1_500;
    static final int PEOPLE = 30_000;
    static final int SESSIONS = 20_000;
    static final int ATTENDANCE = 700_000;
    static final int LOG_ENTRIES = 100_000;
    static final int LOG_PARTICIPANTS = 300_000;
    static final int QUESTIONS = 100_000;
    static final LocalDate END = LocalDate.of(2026, 10, 31);

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccessControl access;
    @Autowired OrganisationService organisation;
    @Autowired PlanService plan;
    @Autowired Clock clock;

    @Test
    void time_a_cluster_and_the_region_overview() {
        long t0 = System.nanoTime();
        load();
        System.out.printf("%nLoaded in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, counts());

        // As the portal runs it: the statements side by side on as many threads as there are cores. And, for
        // comparison, one after the other.
        var statements = new StatementRunner(0);
        var fixedClock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), Clock.systemUTC().getZone());
        var service = new OverviewService(new OverviewQueries(dataSource), statements, access, organisation, plan,
                fixedClock);
        var sequential = new OverviewService(new OverviewQueries(dataSource), new StatementRunner(1), access,
                organisation, plan, fixedClock);
        var period = new Period(END.minusMonths(12).plusDays(1), END);
        long cluster = jdbc.queryForObject("select id from health_cluster where code = 'LILLEBAELT'", Long.class);
        var clusterArea = Area.cluster(cluster);
        var organisationId = jdbc.queryForObject(
                "select min(organisation_id) from organisation_cluster where cluster_id = ? and organisation_id > 28",
                Long.class, cluster);
        var organisationArea = Area.organisation(organisationId, cluster);

        for (int i = 0; i < 2; i++) {
            service.compute(clusterArea, period, true, a -> true);
            service.compute(Area.region(), period, true, a -> true);
        }
        var clusterTimes = time(() -> service.compute(clusterArea, period, true, a -> true), 7);
        var regionTimes = time(() -> service.compute(Area.region(), period, true, a -> true), 3);
        var organisationTimes = time(() -> service.compute(organisationArea, period, true, a -> true), 7);
        var sequentialTimes = time(() -> sequential.compute(clusterArea, period, true, a -> true), 7);
        var sample = service.compute(clusterArea, period, true, a -> true);
        System.out.printf("%nOVERVIEW BENCHMARK (HSQLDB in-memory, %d cores)%n",
                Runtime.getRuntime().availableProcessors());
        System.out.printf("cluster overview (%s: %d people, %d organisation rows): median %.0f ms, runs %s%n",
                sample.name(), sample.total().people(), sample.rows().size(), median(clusterTimes),
                Arrays.toString(clusterTimes));
        var region = service.compute(Area.region(), period, true, a -> true);
        System.out.printf("region overview (%d people, %d cluster rows): median %.0f ms, runs %s%n",
                region.total().people(), region.rows().size(), median(regionTimes), Arrays.toString(regionTimes));
        System.out.printf("organisation overview: median %.0f ms, runs %s%n", median(organisationTimes),
                Arrays.toString(organisationTimes));
        System.out.printf("cluster overview, statements one after the other: median %.0f ms, runs %s%n%n",
                median(sequentialTimes), Arrays.toString(sequentialTimes));
        // The staircase's local-training and continued-participation measures, read from the summaries, equal
        // their definitions evaluated on the facts for all 30,000 people, for the benchmark's period and for one
        // ending three months before the data (where many last days lie after the period).
        for (var to : List.of(END, END.minusMonths(3))) {
            var p = new Period(to.minusMonths(12).plusDays(1), to);
            var steps = service.compute(Area.region(), p, true, a -> true).total().steps();
            var expected = measuresOnTheFacts(p);
            System.out.printf("region to %s: local training %d (on the facts %d), continued %d (on the facts %d)%n",
                    to, steps.localTraining(), expected[0], steps.continued(), expected[1]);
            if (steps.localTraining() != expected[0] || steps.continued() != expected[1]) {
                throw new AssertionError("the summaries disagree with the facts for the period to " + to);
            }
        }
        statements.stop();
    }

    /** Local training in the period and training in both halves of the twelve months, straight from the facts. */
    private long[] measuresOnTheFacts(Period period) {
        var to = period.to();
        var halfEnd = to.minusMonths(6);
        String local = "('PRACTICE_TRAINING', 'PEER_COACHING', 'KNOWLEDGE_SHARING')";
        String tookPart = """
                (exists (select 1 from overview_attendance_fact a where a.person_id = p.id and a.attended = true
                   and a.day between ? and ?)
                 or exists (select 1 from overview_log_participant l where l.person_id = p.id and l.day between ? and ?))""";
        String target = "from person p join org_unit u on u.id = p.unit_id where p.active = true "
                + "and p.knowledge_target <> 'NONE' and ";
        long localTraining = jdbc.queryForObject("select count(*) " + target + """
                (exists (select 1 from overview_attendance_fact a where a.person_id = p.id and a.attended = true
                   and a.day between ? and ? and a.session_type in""" + " " + local + """
                ) or exists (select 1 from overview_log_participant l join overview_log_fact lf on lf.entry_id = l.entry_id
                   where l.person_id = p.id and l.day between ? and ? and lf.entry_type in""" + " " + local + "))",
                Long.class, Date.valueOf(period.from()), Date.valueOf(to), Date.valueOf(period.from()),
                Date.valueOf(to));
        var yearFrom = Date.valueOf(to.minusYears(1).plusDays(1));
        var firstEnd = Date.valueOf(halfEnd);
        var secondFrom = Date.valueOf(halfEnd.plusDays(1));
        long continued = jdbc.queryForObject("select count(*) " + target + tookPart + " and " + tookPart, Long.class,
                yearFrom, firstEnd, yearFrom, firstEnd, secondFrom, Date.valueOf(to), secondFrom, Date.valueOf(to));
        return new long[] {localTraining, continued};
    }

    private static long[] time(Runnable r, int runs) {
        var times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            r.run();
            times[i] = (System.nanoTime() - t) / 1_000_000;
        }
        return times;
    }

    private static double median(long[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    private String counts() {
        return "people " + jdbc.queryForObject("select count(*) from person", Long.class)
                + ", units " + jdbc.queryForObject("select count(*) from org_unit", Long.class)
                + ", organisations " + jdbc.queryForObject("select count(*) from organisation", Long.class)
                + ", attendance " + jdbc.queryForObject("select count(*) from overview_attendance_fact", Long.class)
                + ", log participants " + jdbc.queryForObject("select count(*) from overview_log_participant", Long.class)
                + ", questions " + jdbc.queryForObject("select count(*) from overview_question_fact", Long.class);
    }

    private void load() {
        var random = new Random(6);
        var clusters = jdbc.queryForList("select id from health_cluster order by id", Long.class);
        long orgBase = jdbc.queryForObject("select coalesce(max(id), 0) from organisation", Long.class) + 1;
        var orgRows = new ArrayList<Object[]>();
        var orgClusterRows = new ArrayList<Object[]>();
        for (int o = 0; o < ORGANISATIONS; o++) {
            long id = orgBase + o;
            orgRows.add(new Object[] {id, "BENCH_" + o, "Benchmark-organisation " + o, o % 3 == 0 ? "HOSPITAL"
                    : "MUNICIPALITY", o % 3 == 0 ? "REGION" : "KOMMUNE"});
            orgClusterRows.add(new Object[] {id, clusters.get(o % clusters.size())});
        }
        jdbc.batchUpdate("insert into organisation (id, code, name, kind, sector) values (?, ?, ?, ?, ?)", orgRows);
        jdbc.batchUpdate("insert into organisation_cluster (organisation_id, cluster_id) values (?, ?)",
                orgClusterRows);

        // 1,500 units: per organisation 7 or 8 units, the first two top-level, the rest under them.
        long unitBase = jdbc.queryForObject("select coalesce(max(id), 0) from org_unit", Long.class) + 1;
        var unitRows = new ArrayList<Object[]>();
        var unitOrg = new long[UNITS];
        int u = 0;
        for (int o = 0; o < ORGANISATIONS; o++) {
            int count = o < UNITS - ORGANISATIONS * 7 ? 8 : 7;
            long top1 = unitBase + u;
            long top2 = unitBase + u + 1;
            for (int k = 0; k < count; k++, u++) {
                long id = unitBase + u;
                Long parent = k < 2 ? null : (k % 2 == 0 ? top1 : top2);
                String path = parent == null ? "/" + id + "/" : "/" + parent + "/" + id + "/";
                unitOrg[u] = orgBase + o;
                unitRows.add(new Object[] {id, orgBase + o, parent, "Enhed " + u, path});
            }
        }
        jdbc.batchUpdate("insert into org_unit (id, organisation_id, parent_id, name, path) values (?, ?, ?, ?, ?)",
                unitRows);

        long personBase = jdbc.queryForObject("select coalesce(max(id), 0) from person", Long.class) + 1;
        var people = new ArrayList<Object[]>();
        for (int p = 0; p < PEOPLE; p++) {
            int r = random.nextInt(10);
            String target = r < 6 ? "IN_DEPTH" : r < 9 ? "OVERALL" : "NONE";
            people.add(new Object[] {personBase + p, "Person " + p, unitBase + p % UNITS, target, p % 97 != 0});
        }
        batch("insert into person (id, name, unit_id, knowledge_target, active) values (?, ?, ?, ?, ?)", people);

        var granted = Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));
        var roles = new ArrayList<Object[]>();
        var appointments = new ArrayList<Object[]>();
        var appointmentUnits = new ArrayList<Object[]>();
        long appointmentBase = jdbc.queryForObject("select coalesce(max(id), 0) from culture_bearer_appointment",
                Long.class) + 1;
        for (int k = 0; k < UNITS; k++) {
            // the first person of each unit leads it; the second is its culture bearer in two units of three
            roles.add(new Object[] {personBase + k, "LINE_MANAGER", "UNIT", unitBase + k, granted});
            if (k % 3 != 2) {
                long bearer = personBase + UNITS + k;
                long appointment = appointmentBase + appointments.size();
                appointments.add(new Object[] {appointment, bearer, Date.valueOf(LocalDate.of(2025, 1, 1))});
                appointmentUnits.add(new Object[] {appointment, unitBase + k});
                roles.add(new Object[] {bearer, "CULTURE_BEARER", "UNIT", unitBase + k, granted});
            }
        }
        for (int o = 0; o < ORGANISATIONS; o++) {
            roles.add(new Object[] {personBase + 2 * UNITS + o, "SENIOR_MANAGER", "ORGANISATION", orgBase + o,
                    granted});
        }
        batch("insert into role_assignment (person_id, role, scope_type, scope_id, granted_at) values (?, ?, ?, ?, ?)",
                roles);
        batch("insert into culture_bearer_appointment (id, person_id, valid_from) values (?, ?, ?)", appointments);
        batch("insert into culture_bearer_unit (appointment_id, unit_id) values (?, ?)", appointmentUnits);

        // Calendar sessions over two years; each session's participants from one organisation's people.
        String[] types = {"CROSS_SECTOR_STEP1", "CROSS_SECTOR_STEP2", "PRACTICE_TRAINING", "PEER_COACHING",
                "KNOWLEDGE_SHARING"};
        var sessions = new ArrayList<Object[]>();
        var sessionDay = new LocalDate[SESSIONS];
        for (int s = 0; s < SESSIONS; s++) {
            var day = END.minusDays(random.nextInt(730));
            sessionDay[s] = day;
            var start = day.atTime(9, 0).atZone(OverviewQueries.zone()).toInstant();
            int organisationIndex = s % ORGANISATIONS;
            sessions.add(new Object[] {s + 1, types[s % types.length], Timestamp.from(start),
                    Timestamp.from(start.plusSeconds(3 * 3600)), Date.valueOf(day), null, orgBase + organisationIndex,
                    null, 40, 35, s % 50 == 0});
        }
        batch("insert into overview_session_fact (session_id, session_type, start_at, end_at, start_day, cluster_id, "
                + "organisation_id, unit_id, capacity, approved_count, cancelled) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sessions);
        String[] statuses = {"ATTENDED", "ATTENDED", "ATTENDED", "PARTLY", "NO_SHOW", "EXCUSED"};
        var attendance = new ArrayList<Object[]>(100_000);
        int perSession = ATTENDANCE / SESSIONS;
        for (int s = 0; s < SESSIONS; s++) {
            int first = random.nextInt(PEOPLE);
            for (int k = 0; k < perSession; k++) {
                long person = personBase + (first + k * 131L) % PEOPLE;
                var status = statuses[random.nextInt(statuses.length)];
                var day = sessionDay[s];
                attendance.add(new Object[] {s + 1, person, types[s % types.length], Date.valueOf(day),
                        day.getYear() * 100 + day.getMonthValue(), status,
                        status.equals("ATTENDED") || status.equals("PARTLY")});
                if (attendance.size() == 100_000) {
                    insertAttendance(attendance);
                }
            }
        }
        insertAttendance(attendance);

        var entries = new ArrayList<Object[]>(100_000);
        var participants = new ArrayList<Object[]>(100_000);
        int perEntry = LOG_PARTICIPANTS / LOG_ENTRIES;
        for (int e = 0; e < LOG_ENTRIES; e++) {
            var day = END.minusDays(random.nextInt(730));
            int unit = random.nextInt(UNITS);
            int month = day.getYear() * 100 + day.getMonthValue();
            entries.add(new Object[] {e + 1, "PEER_COACHING", Date.valueOf(day), month, unitBase + unit,
                    personBase + UNITS + unit, perEntry, 30});
            for (int k = 0; k < perEntry; k++) {
                // people of the same unit: person index = unit + j * UNITS
                long person = personBase + unit + (long) ((k + e) % (PEOPLE / UNITS)) * UNITS;
                participants.add(new Object[] {e + 1, person, Date.valueOf(day), month});
            }
            if (participants.size() >= 99_000) {
                insertLog(entries, participants);
            }
        }
        insertLog(entries, participants);

        var questions = new ArrayList<Object[]>(100_000);
        String[] topics = {"MEDICIN", "UDSKRIVNING", "KOMMUNIKATION", "PLEJE", "ANDET"};
        for (int q = 0; q < QUESTIONS; q++) {
            int unit = random.nextInt(UNITS);
            var asked = END.minusDays(random.nextInt(730)).atTime(8 + random.nextInt(8), 0)
                    .atZone(OverviewQueries.zone()).toInstant();
            var day = asked.atZone(OverviewQueries.zone()).toLocalDate();
            boolean answered = random.nextInt(10) < 8;
            long seconds = answered ? 600 + random.nextInt(72 * 3600) : 0;
            questions.add(new Object[] {q + 1, personBase + unit, unitBase + unit, unitOrg[unit],
                    null, unitOrg[unit] % 3 == orgBase % 3 ? "REGION" : "KOMMUNE", topics[q % topics.length],
                    Timestamp.from(asked), Date.valueOf(day), day.getYear() * 100 + day.getMonthValue(),
                    Timestamp.from(asked.plusSeconds(48 * 3600)),
                    answered ? Timestamp.from(asked.plusSeconds(seconds)) : null, answered ? seconds : null,
                    answered ? random.nextBoolean() : null, answered ? 1 : 0,
                    !answered && random.nextBoolean() ? Timestamp.from(asked.plusSeconds(48 * 3600)) : null,
                    answered ? "ANSWERED" : "OPEN"});
        }
        // The per-person summaries, derived from the facts exactly as the listeners keep them.
        jdbc.update("""
                insert into overview_participation_day (person_id, day)
                select person_id, day from overview_attendance_fact where attended = true
                union select person_id, day from overview_log_participant""");
        jdbc.update("""
                insert into overview_participation_month (person_id, month)
                select distinct person_id, year(day) * 100 + month(day) from overview_participation_day""");
        jdbc.update("""
                update overview_participation_month set unit_id = (select p.unit_id from person p
                  where p.id = overview_participation_month.person_id and p.active = true
                    and p.knowledge_target <> 'NONE')""");
        jdbc.update("""
                insert into overview_unit_participation_month (unit_id, month, participants)
                select unit_id, month, count(*) from overview_participation_month where unit_id is not null
                group by unit_id, month""");
        jdbc.update("""
                insert into overview_person_course (person_id, session_type, first_day)
                select person_id, session_type, min(day) from overview_attendance_fact where attended = true
                  and session_type in ('CROSS_SECTOR_STEP1', 'CROSS_SECTOR_STEP2') group by person_id, session_type""");
        jdbc.update("""
                insert into overview_person_summary (person_id, last_day, step1_day, step2_day)
                select d.person_id, max(d.day),
                  (select c.first_day from overview_person_course c where c.person_id = d.person_id
                     and c.session_type = 'CROSS_SECTOR_STEP1'),
                  (select c.first_day from overview_person_course c where c.person_id = d.person_id
                     and c.session_type = 'CROSS_SECTOR_STEP2')
                from overview_participation_day d group by d.person_id""");
        // The staircase's columns of the summary, derived as migration V17_1 backfills them.
        jdbc.update("""
                update overview_person_summary set local_last_day = (select max(a.day) from overview_attendance_fact a
                  where a.person_id = overview_person_summary.person_id and a.attended = true
                    and a.session_type in ('PRACTICE_TRAINING', 'PEER_COACHING', 'KNOWLEDGE_SHARING'))""");
        jdbc.update("""
                update overview_person_summary set local_last_day = (select max(l.day) from overview_log_participant l
                    join overview_log_fact lf on lf.entry_id = l.entry_id
                  where l.person_id = overview_person_summary.person_id
                    and lf.entry_type in ('PRACTICE_TRAINING', 'PEER_COACHING', 'KNOWLEDGE_SHARING'))
                where exists (select 1 from overview_log_participant l join overview_log_fact lf on lf.entry_id = l.entry_id
                  where l.person_id = overview_person_summary.person_id
                    and lf.entry_type in ('PRACTICE_TRAINING', 'PEER_COACHING', 'KNOWLEDGE_SHARING')
                    and (overview_person_summary.local_last_day is null or l.day > overview_person_summary.local_last_day))""");
        jdbc.update("""
                update overview_person_summary set run_start_day = (select max(d.day) from overview_participation_day d
                  where d.person_id = overview_person_summary.person_id
                    and not exists (select 1 from overview_participation_day e where e.person_id = d.person_id
                      and e.day < d.day and e.day >= cast(d.day - interval '180' day as date)))""");
        batch("insert into overview_question_fact (question_id, asker_id, unit_id, organisation_id, cluster_id, "
                + "sector, topic_code, asked_at, asked_day, asked_month, due_at, first_answer_at, "
                + "first_answer_seconds, first_answer_by_bearer, answer_count, escalated_at, status) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", questions);
    }

    private void insertAttendance(List<Object[]> rows) {
        batch("insert into overview_attendance_fact (session_id, person_id, session_type, day, month, status, "
                + "attended) values (?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
    }

    private void insertLog(List<Object[]> entries, List<Object[]> participants) {
        batch("insert into overview_log_fact (entry_id, entry_type, day, month, unit_id, logged_by, head_count, "
                + "minutes) values (?, ?, ?, ?, ?, ?, ?, ?)", entries);
        batch("insert into overview_log_participant (entry_id, person_id, day, month) values (?, ?, ?, ?)",
                participants);
        entries.clear();
        participants.clear();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += 10_000) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 10_000)));
        }
    }
}
