package dk.sambo.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dk.sambo.portal.training.AttendanceRecorded;
import dk.sambo.portal.training.TrainingLogged;

/**
 * The staircase by each step's own measure (issue 13), on a fixture whose expected steps are worked out by hand
 * below, on HSQLDB and on PostgreSQL (the same migrations, facts through the overview's listener, the same SQL).
 *
 * <p>One cluster, five organisations of one unit each. In every organisation: people 0-4 in-depth (person 0 also
 * line manager), 5-9 overall; in C and E also person 10, no knowledge target but line manager. Target group 10
 * each. Period 1 Nov 2025 to 31 Oct 2026; its twelve months split into 1 Nov 2025 - 30 Apr 2026 and
 * 1 May - 31 Oct 2026.
 *
 * <pre>
 * org | launch passed on  | step 1 / step 2          | local training (log, calendar) | bearer | old rule
 * A   | 15 Jan 2026       | 1 in-depth / none        | all 10 in Feb and in Sep       | yes    | 10/10 = 100 %: "Trin 4 (80 %)"
 * B   | 15 Jan 2026       | none                     | none                           | no     | 0 %: not started
 * C   | 15 Jan 2026       | 0-3 and 10 / 5, 6        | 0-7 in Feb and in Aug          | yes    | 8/10: step 4
 * D   | 15 Jan 2026       | 0, 1 / 5, 6              | 0-6 on 1 Sep                   | no     | 7/10 = 70 %: "Trin 3 (40-60 %) · 70 %"
 * E   | 10 Nov 2026 (late)| as C                     | as C                           | yes    | 8/10: step 4
 * </pre>
 *
 * Worked out by hand (band lower ends: launch 20, competence 30, change 40, realisation 80):
 * <ul>
 * <li>A: launch 10/10 met. Competence: in-depth + line managers 1/5 = 20 %, overall 0/5 = 0 %: not met, so A
 * stands on <b>step 1</b> although its local training (10/10), coverage (1/1) and continued participation (10/10)
 * would meet steps 3 and 4: much practice training with little step-1 teaching does not reach step 4. Next:
 * competence, deciding share 0 %, 30 points short.</li>
 * <li>B: launch 10/10 met, nothing else: <b>step 1</b> (launch only). Next: competence 0 %, 30 points short.</li>
 * <li>C: launch met; competence 5/6 = 83.3 % (0-3 and line manager 10) and 2/5 = 40 %: met; change: local 8/10 =
 * 80 %, coverage 1/1: met; realisation: 0-7 took part in both halves = 8/10 = 80 %: met. <b>Step 4</b>, its
 * number 80 %, no next step.</li>
 * <li>D: launch met; competence 2/5 = 40 % and 2/5 = 40 %: met; change: local 7/10 = 70 % but coverage 0/1 = 0 %:
 * not met. <b>Step 2</b> with 40 % beside it (never "40-60 % · 70 %"); next: change management 0 %, 40 points
 * short.</li>
 * <li>E: passed on only after the period's end: launch 0/10 = 0 %, <b>not started</b> whatever came after;
 * next: launch 0 %, 20 points short.</li>
 * <li>Cluster: launch 40/50 = 80 %; competence: in-depth + line managers 5+5+6+5+6 = 27, taught 1+0+5+2+5 = 13
 * (48.1 %), overall 25, taught 0+0+2+2+2 = 6 = 24 %: not met. <b>Step 1</b>; next: competence 24 %, 6 points
 * short.</li>
 * </ul>
 */
class StaircaseStepsTest {

    static final Period PERIOD = new Period(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 31));
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    record Result(Map<Long, Figures> cluster, Map<String, Long> organisations, Figures organisationD,
            Figures unitD) {
    }

    @Test
    void each_organisation_stands_on_the_step_worked_out_by_hand_on_hsqldb() {
        var ds = new SingleConnectionDataSource("jdbc:hsqldb:mem:overview-staircase;hsqldb.tx=mvcc", "SA", "", true);
        try {
            check(run(ds, "hsqldb"));
        } finally {
            ds.destroy();
        }
    }

    @Test
    void each_organisation_stands_on_the_step_worked_out_by_hand_on_postgresql() throws Exception {
        var ds = OverviewPortabilityTest.freshPostgresSchema("overview_staircase");
        try {
            assertThat(VendorSql.vendorOf(ds)).isEqualTo("postgresql");
            check(run(ds, "postgresql"));
        } finally {
            ds.destroy();
        }
    }

    private static void check(Result r) {
        var o = r.organisations();
        var a = r.cluster().get(o.get("A")).position();
        var b = r.cluster().get(o.get("B")).position();
        var c = r.cluster().get(o.get("C")).position();
        var d = r.cluster().get(o.get("D")).position();
        var e = r.cluster().get(o.get("E")).position();
        var total = r.cluster().get(-1L).position();

        // A: much practice training, little step-1 teaching: step 1, though steps 3 and 4's own measures are met.
        assertThat(a.reached()).isEqualTo(Staircase.LAUNCH);
        assertThat(oldRule(r.cluster().get(o.get("A")))).isEqualTo(Staircase.REALISATION);
        assertThat(a.measure(Staircase.CHANGE_MANAGEMENT).met()).isTrue();
        assertThat(a.measure(Staircase.REALISATION).met()).isTrue();
        assertShare(a.share(StaircasePosition.Group.IN_DEPTH_AND_LINE_MANAGERS), 1, 5);
        assertShare(a.share(StaircasePosition.Group.OVERALL_STAFF), 0, 5);
        assertThat(a.next().step()).isEqualTo(Staircase.COMPETENCE_DEVELOPMENT);
        assertThat(a.next().value()).isEqualTo(0.0);
        assertThat(a.next().pointsShort()).isEqualTo(30.0);

        // B: launch only.
        assertThat(b.reached()).isEqualTo(Staircase.LAUNCH);
        assertThat(oldRule(r.cluster().get(o.get("B")))).isEqualTo(Staircase.NOT_STARTED);
        assertShare(b.share(StaircasePosition.Group.LAUNCH_PASSED_ON), 10, 10);
        assertThat(b.next().pointsShort()).isEqualTo(30.0);

        // C: every step met.
        assertThat(c.reached()).isEqualTo(Staircase.REALISATION);
        assertShare(c.share(StaircasePosition.Group.IN_DEPTH_AND_LINE_MANAGERS), 5, 6);
        assertShare(c.share(StaircasePosition.Group.OVERALL_STAFF), 2, 5);
        assertShare(c.share(StaircasePosition.Group.LOCAL_TRAINING), 8, 10);
        assertShare(c.share(StaircasePosition.Group.BEARER_COVERAGE), 1, 1);
        assertShare(c.share(StaircasePosition.Group.CONTINUED), 8, 10);
        assertThat(c.reachedMeasure().value()).isEqualTo(0.8);
        assertThat(c.next()).isNull();

        // D: the old headline "Trin 3 (40-60 %) · 70 %"; now step 2 with its own 40 % beside it.
        assertThat(oldRule(r.cluster().get(o.get("D")))).isEqualTo(Staircase.CHANGE_MANAGEMENT);
        assertThat(r.cluster().get(o.get("D")).participationShare()).isEqualTo(0.7);
        assertThat(d.reached()).isEqualTo(Staircase.COMPETENCE_DEVELOPMENT);
        assertThat(d.reachedMeasure().value()).isEqualTo(0.4);
        assertShare(d.share(StaircasePosition.Group.LOCAL_TRAINING), 7, 10);
        assertShare(d.share(StaircasePosition.Group.BEARER_COVERAGE), 0, 1);
        assertThat(d.next().step()).isEqualTo(Staircase.CHANGE_MANAGEMENT);
        assertThat(d.next().deciding().group()).isEqualTo(StaircasePosition.Group.BEARER_COVERAGE);
        assertThat(d.next().pointsShort()).isEqualTo(40.0);

        // E: passed on after the period: not started, whatever came after.
        assertThat(oldRule(r.cluster().get(o.get("E")))).isEqualTo(Staircase.REALISATION);
        assertThat(e.reached()).isEqualTo(Staircase.NOT_STARTED);
        assertShare(e.share(StaircasePosition.Group.LAUNCH_PASSED_ON), 0, 10);
        assertThat(e.next().step()).isEqualTo(Staircase.LAUNCH);
        assertThat(e.next().pointsShort()).isEqualTo(20.0);

        // The cluster as a whole.
        assertShare(total.share(StaircasePosition.Group.LAUNCH_PASSED_ON), 40, 50);
        assertShare(total.share(StaircasePosition.Group.IN_DEPTH_AND_LINE_MANAGERS), 13, 27);
        assertShare(total.share(StaircasePosition.Group.OVERALL_STAFF), 6, 25);
        assertThat(total.reached()).isEqualTo(Staircase.LAUNCH);
        assertThat(total.next().pointsShort()).isCloseTo(6.0, within(1e-9));

        // The drill-down: the organisation opened from the cluster, and its unit on its own, stand where its row does.
        assertThat(r.organisationD().position()).isEqualTo(d);
        assertThat(r.unitD().position()).isEqualTo(d);
    }

    /** The former headline: any training in the period against the bands' lower ends, whatever the step. */
    private static Staircase oldRule(Figures f) {
        var step = Staircase.NOT_STARTED;
        for (var s : List.of(Staircase.LAUNCH, Staircase.COMPETENCE_DEVELOPMENT, Staircase.CHANGE_MANAGEMENT,
                Staircase.REALISATION)) {
            if (f.targetTookPart() * 100 >= (long) s.lowerPercent() * f.targetGroup()) {
                step = s;
            }
        }
        return step;
    }

    private static void assertShare(StaircasePosition.Share share, long part, long whole) {
        assertThat(new long[] {share.part(), share.whole()}).as(share.group().name()).containsExactly(part, whole);
    }

    private Result run(DataSource ds, String vendor) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
        var jdbc = new JdbcTemplate(ds);
        var fx = new OverviewFixture(jdbc);
        long cluster = fx.cluster("STAIRX");
        var listener = new OverviewFactListener(jdbc);
        var organisations = new java.util.HashMap<String, Long>();
        int index = 0;
        for (var org : List.of("A", "B", "C", "D", "E")) {
            index++;
            organisations.put(org, fx.organisation("ST_" + org, "KOMMUNE", "STAIRX"));
            fx.unit("SU_" + org, "ST_" + org, null);
            for (int i = 0; i < 10; i++) {
                fx.person(org + i, "SU_" + org, i < 5 ? "IN_DEPTH" : "OVERALL", true);
            }
            fx.role(org + "0", "LINE_MANAGER", "UNIT", "SU_" + org);
            boolean likeC = org.equals("C") || org.equals("E");
            if (likeC) {
                fx.person(org + "10", "SU_" + org, "NONE", true);
                fx.role(org + "10", "LINE_MANAGER", "UNIT", "SU_" + org);
            }
            var passedOn = org.equals("E") ? "2026-11-10T09:00:00Z" : "2026-01-15T09:00:00Z";
            jdbc.update("insert into launch_package_cascade (cluster_id, organisation_id, forwarded_at, received_at, "
                    + "passed_on_at) values (?, ?, ?, ?, ?)", cluster, organisations.get(org),
                    Timestamp.from(Instant.parse("2026-01-10T09:00:00Z")),
                    Timestamp.from(Instant.parse("2026-01-12T09:00:00Z")), Timestamp.from(Instant.parse(passedOn)));
            long session = index * 100L;
            long entry = index * 100L;
            switch (org) {
                case "A" -> {
                    attend(listener, fx, session + 1, "CROSS_SECTOR_STEP1", LocalDate.of(2026, 3, 10), org, 0);
                    log(listener, fx, entry + 1, "PRACTICE_TRAINING", LocalDate.of(2026, 2, 10), org, range(0, 9));
                    log(listener, fx, entry + 2, "KNOWLEDGE_SHARING", LocalDate.of(2026, 9, 10), org, range(0, 9));
                    fx.appoint(org + "1", "SU_" + org, LocalDate.of(2025, 1, 1), null);
                }
                case "B" -> {
                    // launch only
                }
                case "C", "E" -> {
                    attend(listener, fx, session + 1, "CROSS_SECTOR_STEP1", LocalDate.of(2026, 3, 10), org, 0, 1, 2,
                            3, 10);
                    attend(listener, fx, session + 2, "CROSS_SECTOR_STEP2", LocalDate.of(2026, 6, 10), org, 5, 6);
                    log(listener, fx, entry + 1, "PRACTICE_TRAINING", LocalDate.of(2026, 2, 10), org, range(0, 7));
                    log(listener, fx, entry + 2, "PEER_COACHING", LocalDate.of(2026, 8, 10), org, range(0, 7));
                    fx.appoint(org + "9", "SU_" + org, LocalDate.of(2025, 1, 1), null);
                }
                case "D" -> {
                    attend(listener, fx, session + 1, "CROSS_SECTOR_STEP1", LocalDate.of(2026, 3, 10), org, 0, 1);
                    attend(listener, fx, session + 2, "CROSS_SECTOR_STEP2", LocalDate.of(2026, 6, 10), org, 5, 6);
                    // a practice-training session in the calendar, marked as attended
                    attend(listener, fx, session + 3, "PRACTICE_TRAINING", LocalDate.of(2026, 9, 1), org, range(0, 6));
                }
                default -> throw new IllegalStateException(org);
            }
        }
        var queries = new OverviewQueries(ds);
        var area = Area.cluster(cluster);
        var byCluster = queries.figures(area, PERIOD, PERIOD.to(), NOW);
        var organisationD = queries.figures(Area.organisation(organisations.get("D"), cluster), PERIOD, PERIOD.to(),
                NOW).get(-1L);
        var unitD = queries.figures(Area.unit(fx.id("SU_D")), PERIOD, PERIOD.to(), NOW).get(-1L);
        return new Result(byCluster, organisations, organisationD, unitD);
    }

    private static int[] range(int from, int to) {
        return IntStream.rangeClosed(from, to).toArray();
    }

    private static void attend(OverviewFactListener listener, OverviewFixture fx, long session, String type,
            LocalDate day, String org, int... people) {
        for (int p : people) {
            listener.on(new AttendanceRecorded(session, fx.id(org + p), type, day, "ATTENDED"));
        }
    }

    private static void log(OverviewFactListener listener, OverviewFixture fx, long entry, String type,
            LocalDate day, String org, int... people) {
        var ids = new ArrayList<Long>();
        for (int p : people) {
            ids.add(fx.id(org + p));
        }
        listener.on(new TrainingLogged(entry, type, day, fx.id("SU_" + org), fx.id(org + "0"), ids, ids.size(), 30));
    }
}
