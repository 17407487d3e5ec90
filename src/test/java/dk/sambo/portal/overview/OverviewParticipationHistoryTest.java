package dk.sambo.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.training.AttendanceRecorded;

/**
 * The summaries behind the fast overview (per person: last day taken part and first step-1/step-2 day; per unit
 * and month: participants) follow every change of the facts, and the monthly chart keeps history: a month counts
 * in the unit the person belonged to when they took part, while the period figures count people where they are
 * now.
 */
@PortalTest
@Transactional
class OverviewParticipationHistoryTest {

    static final Period PERIOD = new Period(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 31));

    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired OverviewService overview;
    @Autowired UserDetailsService users;

    OverviewFixture fx;

    @BeforeEach
    void build() {
        fx = new OverviewFixture(jdbc);
        fx.cluster("HIST");
        fx.organisation("HIST_O", "KOMMUNE", "HIST");
        fx.unit("H1", "HIST_O", null);
        fx.unit("H2", "HIST_O", null);
        fx.person("mover", "H1", "IN_DEPTH", true);
        fx.person("stays1", "H1", "IN_DEPTH", true);
        fx.person("stays2", "H2", "OVERALL", true);
        AuthenticatedAs.login(users, "region");
    }

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    private void attend(long session, String person, String type, LocalDate day, String status) {
        events.publishEvent(new AttendanceRecorded(session, fx.id(person), type, day, status));
    }

    private Double chart(String unit, YearMonth month) {
        var chart = overview.overview(Area.unit(fx.id(unit)), PERIOD).charts().get(0);
        return chart.values().get(chart.months().indexOf(month));
    }

    @Test
    void a_month_stays_in_the_unit_where_the_person_took_part_and_the_period_counts_them_where_they_are_now() {
        attend(9_100_001, "mover", "CROSS_SECTOR_STEP1", LocalDate.of(2026, 3, 5), "ATTENDED");
        attend(9_100_002, "mover", "PRACTICE_TRAINING", LocalDate.of(2026, 9, 10), "ATTENDED");
        jdbc.update("update person set unit_id = ? where id = ?", fx.id("H2"), fx.id("mover"));
        // Same month after the move: already counted in H1 that month. Next month: counted in H2.
        attend(9_100_003, "mover", "PEER_COACHING", LocalDate.of(2026, 9, 20), "ATTENDED");
        attend(9_100_004, "mover", "PEER_COACHING", LocalDate.of(2026, 10, 2), "PARTLY");

        // H1's target group now: stays1 only; H2's: mover and stays2.
        assertThat(chart("H1", YearMonth.of(2026, 3))).isCloseTo(100.0, within(1e-9));
        assertThat(chart("H1", YearMonth.of(2026, 9))).isCloseTo(100.0, within(1e-9));
        assertThat(chart("H2", YearMonth.of(2026, 9))).isCloseTo(0.0, within(1e-9));
        assertThat(chart("H2", YearMonth.of(2026, 10))).isCloseTo(50.0, within(1e-9));

        var h2 = overview.overview(Area.unit(fx.id("H2")), PERIOD).total();
        assertThat(h2.targetGroup()).isEqualTo(2);
        assertThat(h2.targetTookPart()).isEqualTo(1);
        assertThat(h2.inDepthStep1()).isEqualTo(1);
        assertThat(overview.overview(Area.unit(fx.id("H1")), PERIOD).total().targetTookPart()).isZero();

        // The October mark becomes a no-show: October empties again, in H2 where it was counted.
        attend(9_100_004, "mover", "PEER_COACHING", LocalDate.of(2026, 10, 2), "NO_SHOW");
        assertThat(chart("H2", YearMonth.of(2026, 10))).isCloseTo(0.0, within(1e-9));
        assertThat(jdbc.queryForObject("select last_day from overview_person_summary where person_id = ?",
                LocalDate.class, fx.id("mover"))).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void the_period_figures_look_at_the_days_when_the_last_day_lies_after_the_period() {
        attend(9_200_001, "stays1", "PRACTICE_TRAINING", LocalDate.of(2026, 6, 1), "ATTENDED");
        attend(9_200_002, "stays1", "PRACTICE_TRAINING", LocalDate.of(2026, 11, 10), "ATTENDED");
        attend(9_200_003, "stays2", "CROSS_SECTOR_STEP2", LocalDate.of(2026, 11, 12), "ATTENDED");

        var h1 = overview.overview(Area.unit(fx.id("H1")), PERIOD).total();
        assertThat(h1.targetTookPart()).as("took part in June, last day after the period").isEqualTo(1);
        assertThat(h1.targetRecent()).as("nothing in the 90 days before 31 October").isZero();
        var h2 = overview.overview(Area.unit(fx.id("H2")), PERIOD).total();
        assertThat(h2.targetTookPart()).as("only after the period").isZero();
        assertThat(h2.overallStep2()).as("step 2 after the period does not count").isZero();
        var later = overview.overview(Area.unit(fx.id("H2")), new Period(PERIOD.from(), LocalDate.of(2026, 11, 20)));
        assertThat(later.total().overallStep2()).isEqualTo(1);
    }
}
