package dk.sambo.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The run charts' months: the month still running is shown but never analysed; months not yet begun are empty. */
class RunChartMonthsTest {

    // Ten people in the target group (in-depth), nothing else.
    private static final Figures TEN = new Figures(10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, null, null, null);

    /** 23 full months alternating 5 and 6 participants (a stable process), then the running month with 1. */
    private static OverviewQueries.Monthly stableThenOneDay(YearMonth last) {
        Map<YearMonth, Long> participants = new HashMap<>();
        for (int i = 1; i < OverviewQueries.CHART_MONTHS; i++) {
            participants.put(last.minusMonths(i), i % 2 == 0 ? 5L : 6L);
        }
        participants.put(last, 1L);
        return new OverviewQueries.Monthly(participants, Map.of(), Map.of());
    }

    @Test
    void the_month_one_day_old_is_shown_marked_and_left_out_of_the_analysis() {
        var day = LocalDate.of(2026, 12, 1);
        var period = new Period(day.minusYears(1).plusDays(1), day);
        var chart = RunCharts.charts(period, day, TEN, stableThenOneDay(YearMonth.of(2026, 12))).getFirst();

        assertThat(chart.key()).isEqualTo("participation");
        assertThat(chart.incomplete()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(chart.values().getLast()).isEqualTo(10.0);
        // The analysis is that of the 23 full months alone: the drop to 10 % on day one is no point of it.
        var fullMonths = new ArrayList<>(chart.values());
        fullMonths.set(fullMonths.size() - 1, null);
        assertThat(chart.analysis()).isEqualTo(Anhoej.analyse(fullMonths));
        assertThat(chart.analysis().inSignalRun().getLast()).isFalse();
        assertThat(chart.analysis().median()).isBetween(50.0, 60.0);
    }

    @Test
    void a_month_that_has_ended_is_complete() {
        var day = LocalDate.of(2026, 11, 30);
        var period = new Period(day.minusYears(1).plusDays(1), day);
        var chart = RunCharts.charts(period, day, TEN, stableThenOneDay(YearMonth.of(2026, 11))).getFirst();

        assertThat(chart.incomplete()).isNull();
        assertThat(chart.analysis().useful()).isEqualTo(24);
    }

    @Test
    void months_after_the_reference_day_have_no_value_rather_than_zero() {
        // A period reaching into next year, seen on 1 December: January has not happened.
        var day = LocalDate.of(2026, 12, 1);
        var period = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 31));
        var charts = RunCharts.charts(period, day, TEN, stableThenOneDay(YearMonth.of(2026, 12)));

        for (var chart : charts) {
            assertThat(chart.months().getLast()).isEqualTo(YearMonth.of(2027, 1));
            assertThat(chart.values().getLast()).as(chart.key()).isNull();
            assertThat(chart.incomplete()).isEqualTo(YearMonth.of(2026, 12));
        }
    }
}
