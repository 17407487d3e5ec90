package dk.sambo.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.training.AttendanceRecorded;
import dk.sambo.portal.training.TrainingLogEntryRemoved;
import dk.sambo.portal.training.TrainingLogged;

/**
 * The two summary columns behind the fast staircase measures ({@code local_last_day}, {@code run_start_day} of
 * {@code overview_person_summary}) follow every change of a training-log entry and of an attendance mark, the
 * measures read from them equal the measures' definitions (docs/overview.md) on the facts, and migration V17_1's
 * backfill derives the same columns as the listeners. Run on HSQLDB ({@link OverviewStaircaseSummaryTest}) and
 * PostgreSQL ({@link OverviewStaircaseSummaryPostgresIT}).
 */
@Transactional
abstract class OverviewStaircaseSummaryChecks {

    static final Period PERIOD = new Period(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 31));

    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired OverviewService overview;
    @Autowired UserDetailsService users;

    OverviewFixture fx;

    @BeforeEach
    void build() {
        fx = new OverviewFixture(jdbc);
        fx.cluster("STSU");
        fx.organisation("STSU_O", "KOMMUNE", "STSU");
        fx.unit("S1", "STSU_O", null);
        fx.person("anna", "S1", "IN_DEPTH", true);
        fx.person("bent", "S1", "OVERALL", true);
        AuthenticatedAs.login(users, "region");
    }

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    private void log(long entry, LocalDate day, String... people) {
        events.publishEvent(new TrainingLogged(entry, "PEER_COACHING", day, fx.id("S1"), fx.id("bent"),
                List.of(people).stream().map(fx::id).toList(), people.length, 30));
    }

    private void attend(long session, String person, String type, LocalDate day, String status) {
        events.publishEvent(new AttendanceRecorded(session, fx.id(person), type, day, status));
    }

    private LocalDate summary(String column, String person) {
        return jdbc.query("select " + column + " from overview_person_summary where person_id = ?",
                rs -> rs.next() ? rs.getObject(1, LocalDate.class) : null, fx.id(person));
    }

    private Figures.Steps steps(Period period) {
        return overview.overview(Area.unit(fx.id("S1")), period).total().steps();
    }

    @Test
    void a_training_log_entry_logged_moved_changed_and_removed_updates_the_last_day_of_local_training() {
        log(9_300_001, LocalDate.of(2026, 3, 4), "anna", "bent");
        assertThat(summary("local_last_day", "anna")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(steps(PERIOD).localTraining()).isEqualTo(2);

        // Moved after the period: the summary follows; the period's measure looks at the facts and finds nothing.
        log(9_300_001, LocalDate.of(2026, 11, 15), "anna", "bent");
        assertThat(summary("local_last_day", "anna")).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(steps(PERIOD).localTraining()).isZero();

        // A second entry in the period, then the first loses Bent: his last day is the second entry's.
        log(9_300_002, LocalDate.of(2026, 5, 20), "anna", "bent");
        log(9_300_001, LocalDate.of(2026, 11, 15), "anna");
        assertThat(summary("local_last_day", "anna")).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(summary("local_last_day", "bent")).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(steps(PERIOD).localTraining()).as("both via the fall-back or the summary").isEqualTo(2);

        events.publishEvent(new TrainingLogEntryRemoved(9_300_002));
        assertThat(summary("local_last_day", "bent")).isNull();
        assertThat(summary("local_last_day", "anna")).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(steps(PERIOD).localTraining()).isZero();
        assertThat(steps(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).localTraining())
                .isEqualTo(1);
    }

    @Test
    void an_attendance_mark_changed_or_moved_updates_the_last_day_of_local_training_and_other_types_do_not_count() {
        attend(9_400_001, "anna", "PRACTICE_TRAINING", LocalDate.of(2026, 6, 1), "ATTENDED");
        attend(9_400_002, "anna", "CROSS_SECTOR_STEP1", LocalDate.of(2026, 9, 1), "ATTENDED");
        assertThat(summary("local_last_day", "anna")).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(summary("last_day", "anna")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(steps(PERIOD).localTraining()).isEqualTo(1);

        attend(9_400_001, "anna", "PRACTICE_TRAINING", LocalDate.of(2026, 6, 1), "NO_SHOW");
        assertThat(summary("local_last_day", "anna")).isNull();
        assertThat(steps(PERIOD).localTraining()).isZero();

        attend(9_400_001, "anna", "PRACTICE_TRAINING", LocalDate.of(2025, 8, 1), "PARTLY");
        assertThat(summary("local_last_day", "anna")).as("moved before the period").isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(steps(PERIOD).localTraining()).isZero();
    }

    @Test
    void the_start_of_the_last_run_follows_the_days_and_continued_participation_needs_both_halves() {
        // Twelve months to 31 October 2026: first half 1 November 2025 - 30 April 2026, second half from 1 May.
        attend(9_500_001, "anna", "LEADER_SESSION", LocalDate.of(2025, 10, 20), "ATTENDED");
        attend(9_500_002, "anna", "PRACTICE_TRAINING", LocalDate.of(2026, 6, 10), "ATTENDED");
        // 233 days between them: two runs; the last starts on 10 June, and nothing lies in the first half.
        assertThat(summary("run_start_day", "anna")).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(steps(PERIOD).continued()).isZero();

        // A day in the first half joins the runs (gaps of 123 and 110 days): continued by the summary alone.
        attend(9_500_003, "anna", "CROSS_SECTOR_STEP1", LocalDate.of(2026, 2, 20), "ATTENDED");
        assertThat(summary("run_start_day", "anna")).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(steps(PERIOD).continued()).isEqualTo(1);

        // Moved to 5 January 2026: gaps of 77 and 156 days, still one run.
        attend(9_500_003, "anna", "CROSS_SECTOR_STEP1", LocalDate.of(2026, 1, 5), "ATTENDED");
        assertThat(summary("run_start_day", "anna")).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(steps(PERIOD).continued()).isEqualTo(1);

        // Named in a log entry on 1 December 2025 and the January mark becomes a no-show: 1 December - 10 June is
        // 191 days, so the last run starts on 10 June again, yet 1 December lies in the first half: the measure
        // looks at the days and still counts her.
        log(9_500_004, LocalDate.of(2025, 12, 1), "anna");
        attend(9_500_003, "anna", "CROSS_SECTOR_STEP1", LocalDate.of(2026, 1, 5), "NO_SHOW");
        assertThat(summary("run_start_day", "anna")).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(steps(PERIOD).continued()).isEqualTo(1);

        events.publishEvent(new TrainingLogEntryRemoved(9_500_004));
        assertThat(summary("run_start_day", "anna")).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(steps(PERIOD).continued()).isZero();
        // Bent never took part: no summary row, never continued.
        assertThat(summary("run_start_day", "bent")).isNull();
    }

    @Test
    void the_migrations_backfill_derives_the_same_columns_as_the_listeners() throws IOException {
        attend(9_600_001, "anna", "LEADER_SESSION", LocalDate.of(2025, 3, 1), "ATTENDED");
        attend(9_600_002, "anna", "KNOWLEDGE_SHARING", LocalDate.of(2025, 12, 1), "PARTLY");
        attend(9_600_003, "anna", "PRACTICE_TRAINING", LocalDate.of(2026, 2, 1), "NO_SHOW");
        log(9_600_004, LocalDate.of(2026, 4, 2), "anna", "bent");
        attend(9_600_005, "bent", "CROSS_SECTOR_STEP2", LocalDate.of(2026, 9, 1), "ATTENDED");
        attend(9_600_006, "bent", "PEER_COACHING", LocalDate.of(2024, 9, 1), "ATTENDED");
        var kept = columns();
        assertThat(kept.get("anna")).containsExactly(LocalDate.of(2026, 4, 2), LocalDate.of(2025, 12, 1));
        assertThat(kept.get("bent")).containsExactly(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 2));

        jdbc.update("update overview_person_summary set local_last_day = null, run_start_day = null");
        var script = new ClassPathResource(
                "db/migration/common/V17_1__overview_person_summary_local_and_run.sql")
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        Arrays.stream(script.split(";")).map(String::strip).filter(sql -> sql.startsWith("update"))
                .forEach(jdbc::update);
        assertThat(columns()).isEqualTo(kept);
    }

    private Map<String, List<LocalDate>> columns() {
        return Map.of("anna", List.of(summary("local_last_day", "anna"), summary("run_start_day", "anna")),
                "bent", List.of(summary("local_last_day", "bent"), summary("run_start_day", "bent")));
    }
}
