package dk.sambo.portal.overview;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.lang.Nullable;

/**
 * Anhøj's run-chart rules (Anhøj J, Olesen AV. Run charts revisited: a simulation study of run chart rules for
 * detection of non-random variation in health care processes. PLoS ONE 2014;9(11):e113825, table 1):
 * for n useful observations (points not on the median),
 * <ul>
 * <li>an unusually long run: the longest run of points on the same side of the median is longer than
 * {@code round(log2(n) + 3)};</li>
 * <li>unusually few crossings: the number of times the line crosses the median is below the 5th percentile of
 * the binomial distribution with n - 1 trials and p = 0.5 (the smallest k with P(X &lt;= k) &gt;= 0.05).</li>
 * </ul>
 * Either signal says the process has shifted, rather than varied at random. Points exactly on the median neither
 * make nor break a run and are not counted in n; missing months (null) are left out.
 */
public final class Anhoej {

    private Anhoej() {
    }

    /**
     * @param median       the centre line (median of the values present)
     * @param useful       n: points not on the median
     * @param inSignalRun  per input point: part of a run longer than the limit
     */
    public record Result(@Nullable Double median, int useful, int longestRun, int runLimit, int crossings,
            int crossingsLimit, boolean longRunSignal, boolean fewCrossingsSignal, List<Boolean> inSignalRun) {

        public boolean signal() {
            return longRunSignal || fewCrossingsSignal;
        }
    }

    /** Upper limit for the longest run: a run longer than this is a signal. */
    public static int runLimit(int useful) {
        return (int) Math.round(Math.log(useful) / Math.log(2) + 3);
    }

    /** Lower limit for crossings: fewer crossings than this is a signal (qbinom(0.05, n - 1, 0.5)). */
    public static int crossingsLimit(int useful) {
        int trials = useful - 1;
        if (trials <= 0) {
            return 0;
        }
        // Exact: P(X <= k) >= 0.05  <=>  20 * sum_{i<=k} C(trials, i) >= 2^trials
        var total = BigInteger.ONE.shiftLeft(trials);
        var cumulative = BigInteger.ZERO;
        var binomial = BigInteger.ONE;
        for (int k = 0; k <= trials; k++) {
            if (k > 0) {
                binomial = binomial.multiply(BigInteger.valueOf(trials - k + 1)).divide(BigInteger.valueOf(k));
            }
            cumulative = cumulative.add(binomial);
            if (cumulative.multiply(BigInteger.valueOf(20)).compareTo(total) >= 0) {
                return k;
            }
        }
        return trials;
    }

    public static @Nullable Double median(List<Double> values) {
        var present = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
        if (present.length == 0) {
            return null;
        }
        int mid = present.length / 2;
        return present.length % 2 == 1 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
    }

    public static Result analyse(List<Double> values) {
        var median = median(values);
        var marks = new ArrayList<Boolean>(values.size());
        values.forEach(v -> marks.add(false));
        if (median == null) {
            return new Result(null, 0, 0, 0, 0, 0, false, false, marks);
        }
        // Sides of the useful points (+1 above, -1 below), with their index in the input.
        var sides = new int[values.size()];
        var index = new int[values.size()];
        int n = 0;
        for (int i = 0; i < values.size(); i++) {
            var v = values.get(i);
            if (v == null || v.doubleValue() == median.doubleValue()) {
                continue;
            }
            sides[n] = v > median ? 1 : -1;
            index[n] = i;
            n++;
        }
        if (n == 0) {
            return new Result(median, 0, 0, 0, 0, 0, false, false, marks);
        }
        int runLimit = runLimit(n);
        int crossingsLimit = crossingsLimit(n);
        int longest = 0;
        int crossings = 0;
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || sides[i] != sides[i - 1]) {
                int length = i - runStart;
                longest = Math.max(longest, length);
                if (length > runLimit) {
                    for (int j = runStart; j < i; j++) {
                        marks.set(index[j], true);
                    }
                }
                if (i < n) {
                    crossings++;
                }
                runStart = i;
            }
        }
        return new Result(median, n, longest, runLimit, crossings, crossingsLimit, longest > runLimit,
                crossings < crossingsLimit, marks);
    }

    static List<Double> of(Double... values) {
        return Arrays.asList(values);
    }
}
