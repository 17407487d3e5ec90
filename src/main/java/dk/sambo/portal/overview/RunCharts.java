package dk.sambo.portal.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.lang.Nullable;

/**
 * The overview's three run charts (participation, questions asked, median hours to a first answer) over the
 * {@value OverviewQueries#CHART_MONTHS} months ending with the period's last month, each analysed by Anhøj's
 * rules; the month still running is marked and left out of the analysis.
 */
final class RunCharts {

    private RunCharts() {
    }

    static List<Overview.RunChart> charts(Period period, LocalDate referenceDay, Figures total,
            OverviewQueries.Monthly monthly) {
        var months = new ArrayList<YearMonth>();
        var last = YearMonth.from(period.to());
        for (int i = OverviewQueries.CHART_MONTHS - 1; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        // The month the reference day lies in is still running (or cut by the period) unless the day is its last.
        var referenceMonth = YearMonth.from(referenceDay);
        var incomplete = referenceDay.equals(referenceMonth.atEndOfMonth()) ? null : referenceMonth;
        long target = total.targetGroup();
        Function<YearMonth, Double> participation = m -> target == 0 ? null
                : 100.0 * monthly.participants().getOrDefault(m, 0L) / target;
        Function<YearMonth, Double> asked = m -> (double) monthly.asked().getOrDefault(m, 0L);
        Function<YearMonth, Double> median = m -> monthly.medianHours().get(m);
        return List.of(chart("participation", months, participation, referenceMonth, incomplete),
                chart("questions", months, asked, referenceMonth, incomplete),
                chart("response", months, median, referenceMonth, incomplete));
    }

    private static Overview.RunChart chart(String key, List<YearMonth> months, Function<YearMonth, Double> value,
            YearMonth referenceMonth, @Nullable YearMonth incomplete) {
        var values = new ArrayList<Double>();
        var analysed = new ArrayList<Double>();
        for (var m : months) {
            // Months after the reference day have not happened yet: no value rather than a zero.
            var v = m.isAfter(referenceMonth) ? null : value.apply(m);
            values.add(v);
            analysed.add(m.equals(incomplete) ? null : v);
        }
        return new Overview.RunChart(key, List.copyOf(months), values, Anhoej.analyse(analysed),
                incomplete != null && months.contains(incomplete) ? incomplete : null);
    }
}
