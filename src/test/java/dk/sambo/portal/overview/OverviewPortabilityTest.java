package dk.sambo.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dk.sambo.portal.qa.QuestionAnswered;
import dk.sambo.portal.qa.QuestionAsked;
import dk.sambo.portal.training.AttendanceRecorded;
import dk.sambo.portal.training.SessionChanged;
import dk.sambo.portal.training.TrainingLogged;

/**
 * The same migrations, facts and overview SQL on HSQLDB and PostgreSQL give the same figures, medians included
 * (MEDIAN on HSQLDB, PERCENTILE_CONT on PostgreSQL). PostgreSQL is optional: the test is skipped when
 * the shared test database (PORTAL_TEST_PG_URL, default jdbc:postgresql://localhost:5432/sambo_test as sambo) cannot
 * be reached, except on CI where that fails. It works in its own schema, overview_portability, rebuilt on each run.
 */
class OverviewPortabilityTest {

    // The shared test database of .ci/run, in a schema of its own so no other test's data is touched.
    static final String PG_BASE_URL = System.getenv().getOrDefault("PORTAL_TEST_PG_URL",
            "jdbc:postgresql://localhost:5432/sambo_test");
    static final String PG_URL = PG_BASE_URL + (PG_BASE_URL.contains("?") ? "&" : "?")
            + "currentSchema=overview_portability";
    static final String PG_USER = System.getenv().getOrDefault("PORTAL_TEST_PG_USER", "sambo");
    static final String PG_PASSWORD = System.getenv().getOrDefault("PORTAL_TEST_PG_PASSWORD", "sambo");

    /**
     * A connection to a schema of its own in the shared PostgreSQL test database, dropped and created afresh. The
     * test is skipped when PostgreSQL cannot be reached, except on CI, where that fails.
     */
    static SingleConnectionDataSource freshPostgresSchema(String schema) throws java.sql.SQLException {
        boolean reachable;
        try (var c = DriverManager.getConnection(PG_BASE_URL, PG_USER, PG_PASSWORD)) {
            reachable = c.isValid(2);
        } catch (Exception e) {
            reachable = false;
        }
        if (!reachable && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI requires PostgreSQL at " + PG_BASE_URL);
        }
        assumeTrue(reachable, "PostgreSQL not reachable at " + PG_BASE_URL);
        try (var admin = DriverManager.getConnection(PG_BASE_URL, PG_USER, PG_PASSWORD);
                var statement = admin.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        }
        return new SingleConnectionDataSource(PG_BASE_URL + (PG_BASE_URL.contains("?") ? "&" : "?")
                + "currentSchema=" + schema, PG_USER, PG_PASSWORD, true);
    }

    @Test
    void hsqldb_and_postgresql_compute_the_same_figures() throws Exception {
        boolean reachable;
        try (var c = DriverManager.getConnection(PG_BASE_URL, PG_USER, PG_PASSWORD)) {
            reachable = c.isValid(2);
        } catch (Exception e) {
            reachable = false;
        }
        if (!reachable && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI requires PostgreSQL at " + PG_BASE_URL);
        }
        assumeTrue(reachable, "PostgreSQL not reachable at " + PG_BASE_URL);

        var hsql = new SingleConnectionDataSource("jdbc:hsqldb:mem:overview-portability;hsqldb.tx=mvcc", "SA", "",
                true);
        try (var admin = DriverManager.getConnection(PG_BASE_URL, PG_USER, PG_PASSWORD);
                var statement = admin.createStatement()) {
            statement.execute("drop schema if exists overview_portability cascade");
            statement.execute("create schema overview_portability");
        }
        var pg = new SingleConnectionDataSource(PG_URL, PG_USER, PG_PASSWORD, true);
        try {
            var h = run(hsql, "hsqldb");
            var p = run(pg, "postgresql");
            assertThat(VendorSql.vendorOf(pg)).isEqualTo("postgresql");
            assertThat(VendorSql.vendorOf(hsql)).isEqualTo("hsqldb");
            // ids differ between the databases (identity sequences), the figures must not
            assertThat(p.figures().get(-1L)).isEqualTo(h.figures().get(-1L));
            assertThat(p.figures().values()).containsExactlyInAnyOrderElementsOf(h.figures().values());
            assertThat(p.topics()).isEqualTo(h.topics());
            assertThat(p.monthly()).isEqualTo(h.monthly());
            assertThat(p.training()).isEqualTo(h.training());
            // median of 1, 2, 4, 8 hours = 3 hours; one region-wide median over the four questions
            assertThat(h.figures().get(-1L).medianHoursToFirstAnswer()).isEqualTo(3.0);
            assertThat(h.figures().get(-1L).people()).isEqualTo(6);
        } finally {
            hsql.destroy();
            pg.destroy();
        }
    }

    record Result(Map<Long, Figures> figures, List<Overview.QuestionGroup> topics, OverviewQueries.Monthly monthly,
            Overview.Training training) {
    }

    private Result run(DataSource ds, String vendor) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
        var jdbc = new JdbcTemplate(ds);
        var fx = new OverviewFixture(jdbc);
        fx.cluster("PORTX");
        fx.organisation("PORT_A", "KOMMUNE", "PORTX");
        fx.unit("P1", "PORT_A", null);
        fx.unit("P1a", "PORT_A", "P1");
        fx.unit("P2", "PORT_A", null);
        String[] targets = {"IN_DEPTH", "OVERALL", "IN_DEPTH", "NONE", "OVERALL", "IN_DEPTH"};
        String[] units = {"P1", "P1", "P1a", "P1a", "P2", "P2"};
        for (int i = 0; i < targets.length; i++) {
            fx.person("x" + i, units[i], targets[i], true);
        }
        fx.role("x0", "LINE_MANAGER", "UNIT", "P1");
        fx.appoint("x2", "P1", LocalDate.of(2025, 1, 1), null);

        var listener = new OverviewFactListener(jdbc);
        listener.on(new AttendanceRecorded(1, fx.id("x0"), "CROSS_SECTOR_STEP1", LocalDate.of(2026, 3, 3), "ATTENDED"));
        listener.on(new AttendanceRecorded(1, fx.id("x1"), "CROSS_SECTOR_STEP1", LocalDate.of(2026, 3, 3), "PARTLY"));
        listener.on(new AttendanceRecorded(1, fx.id("x4"), "CROSS_SECTOR_STEP1", LocalDate.of(2026, 3, 3), "NO_SHOW"));
        listener.on(new TrainingLogged(7, "PEER_COACHING", LocalDate.of(2026, 6, 1), fx.id("P2"), fx.id("x2"),
                List.of(fx.id("x5")), 1, 20));
        listener.on(new SessionChanged(1, "CROSS_SECTOR_STEP1", Instant.parse("2026-03-03T08:00:00Z"),
                Instant.parse("2026-03-03T11:00:00Z"), null, fx.id("PORT_A"), null, 20, 15, false));
        var questions = new QuestionFactListener(jdbc);
        int[] hours = {1, 2, 4, 8};
        for (int q = 0; q < hours.length; q++) {
            var asked = Instant.parse("2026-0" + (q + 2) + "-10T09:00:00Z");
            questions.on(new QuestionAsked(q + 1, fx.id("x1"), fx.id(units[q]), fx.id("PORT_A"), fx.id("PORTX"),
                    "KOMMUNE", q % 2 == 0 ? "MEDICIN" : "PLEJE", asked, asked.plusSeconds(48 * 3600)));
            questions.on(new QuestionAnswered(q + 1, q + 1, fx.id("x2"), true, asked.plusSeconds(hours[q] * 3600L)));
        }
        var queries = new OverviewQueries(ds);
        var area = Area.cluster(fx.id("PORTX"));
        var period = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 31));
        var now = Instant.parse("2026-11-23T08:00:00Z");
        return new Result(queries.figures(area, period, period.to(), now),
                queries.questions().all(area, period, now).byTopic(), queries.monthly(area, period, now),
                queries.training(area, period, now));
    }
}
