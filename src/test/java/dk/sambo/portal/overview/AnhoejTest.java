package dk.sambo.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class AnhoejTest {

    /**
     * Anhøj J, Olesen AV (2014) Run charts revisited: a simulation study of run chart rules for detection of
     * non-random variation in health care processes. PLoS ONE 9(11): e113825, Table 1: for n useful observations,
     * the upper limit for the longest run and the lower limit for the number of crossings. Rows n = 10..40.
     * {n, longest run limit, crossings limit}
     */
    static final int[][] TABLE_1 = {
            {10, 6, 2}, {11, 6, 2}, {12, 7, 3}, {13, 7, 3}, {14, 7, 4}, {15, 7, 4}, {16, 7, 4}, {17, 7, 5},
            {18, 7, 5}, {19, 7, 6}, {20, 7, 6}, {21, 7, 6}, {22, 7, 7}, {23, 8, 7}, {24, 8, 8}, {25, 8, 8},
            {26, 8, 8}, {27, 8, 9}, {28, 8, 9}, {29, 8, 10}, {30, 8, 10}, {31, 8, 11}, {32, 8, 11}, {33, 8, 11},
            {34, 8, 12}, {35, 8, 12}, {36, 8, 13}, {37, 8, 13}, {38, 8, 14}, {39, 8, 14}, {40, 8, 14}};

    @Test
    void limits_match_the_published_table() {
        for (var row : TABLE_1) {
            assertThat(Anhoej.runLimit(row[0])).as("run limit for n=" + row[0]).isEqualTo(row[1]);
            assertThat(Anhoej.crossingsLimit(row[0])).as("crossings limit for n=" + row[0]).isEqualTo(row[2]);
        }
    }

    @Test
    void random_looking_series_gives_no_signal() {
        var r = Anhoej.analyse(Anhoej.of(1.0, 3.0, 2.0, 4.0, 1.0, 5.0, 2.0, 4.0, 1.0, 3.0, 2.0, 5.0));
        // median 2.5; sides - + - + - + - + - + - +: 12 runs of 1, 11 crossings
        assertThat(r.median()).isEqualTo(2.5);
        assertThat(r.useful()).isEqualTo(12);
        assertThat(r.longestRun()).isEqualTo(1);
        assertThat(r.crossings()).isEqualTo(11);
        assertThat(r.signal()).isFalse();
        assertThat(r.inSignalRun()).containsOnly(false);
    }

    @Test
    void a_shift_gives_a_long_run_and_few_crossings() {
        // 12 months low, 12 months high: two runs of 12 against a limit of 8 for n = 24, 1 crossing against 8
        var values = new ArrayList<Double>();
        for (int i = 0; i < 12; i++) {
            values.add(10.0 + i % 3);
        }
        for (int i = 0; i < 12; i++) {
            values.add(20.0 + i % 3);
        }
        var r = Anhoej.analyse(values);
        assertThat(r.useful()).isEqualTo(24);
        assertThat(r.longestRun()).isEqualTo(12);
        assertThat(r.runLimit()).isEqualTo(8);
        assertThat(r.crossings()).isEqualTo(1);
        assertThat(r.crossingsLimit()).isEqualTo(8);
        assertThat(r.longRunSignal()).isTrue();
        assertThat(r.fewCrossingsSignal()).isTrue();
        assertThat(r.inSignalRun()).containsOnly(true);
    }

    @Test
    void points_on_the_median_neither_break_nor_extend_a_run_and_gaps_are_skipped() {
        // median 5; the 5s are skipped, nulls are missing months
        var values = Arrays.asList(1.0, 2.0, 5.0, 3.0, null, 4.0, 6.0, 5.0, 7.0, 8.0, 9.0);
        var r = Anhoej.analyse(values);
        assertThat(r.median()).isEqualTo(5.0);
        assertThat(r.useful()).isEqualTo(8);
        // below: 1 2 3 4 (run of 4), above: 6 7 8 9 (run of 4); one crossing
        assertThat(r.longestRun()).isEqualTo(4);
        assertThat(r.crossings()).isEqualTo(1);
        assertThat(r.runLimit()).isEqualTo(6);
        // n = 8: qbinom(0.05, 7, 0.5) = 1 (P(X <= 0) = 1/128, P(X <= 1) = 8/128 >= 0.05): one crossing is enough
        assertThat(r.crossingsLimit()).isEqualTo(1);
        assertThat(r.longRunSignal()).isFalse();
        assertThat(r.fewCrossingsSignal()).isFalse();
    }

    @Test
    void only_the_points_of_a_too_long_run_are_marked() {
        // 2 8 2 8, then eight 9s, then four 1s: median 8.5; runs of 4 below, 8 above, 4 below
        var values = List.of(2.0, 8.0, 2.0, 8.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 1.0, 1.0, 1.0, 1.0);
        var r = Anhoej.analyse(values);
        assertThat(r.median()).isEqualTo(8.5);
        assertThat(r.useful()).isEqualTo(16);
        assertThat(r.longestRun()).isEqualTo(8);
        assertThat(r.runLimit()).isEqualTo(7);
        assertThat(r.crossings()).isEqualTo(2);
        assertThat(r.longRunSignal()).isTrue();
        for (int i = 0; i < values.size(); i++) {
            assertThat(r.inSignalRun().get(i)).as("point " + i).isEqualTo(i >= 4 && i <= 11);
        }
    }

    @Test
    void no_values_give_no_median_and_no_signal() {
        var r = Anhoej.analyse(Arrays.asList(null, null));
        assertThat(r.median()).isNull();
        assertThat(r.signal()).isFalse();
    }
}
