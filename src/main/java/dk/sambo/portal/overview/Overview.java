package dk.sambo.portal.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.lang.Nullable;

/**
 * What the overview shows for one node and period: its totals, its breakdown rows (empty where the viewer may
 * not drill down), questions by topic and sector, training, and the monthly run charts.
 */
public record Overview(Area area, String name, Period period, LocalDate referenceDay, Figures total,
        List<Row> rows, List<QuestionGroup> byTopic, List<QuestionGroup> bySector, Training training,
        List<RunChart> charts) {

    /** A breakdown row; {@code drillable} when the viewer may open it. */
    public record Row(Area area, String name, Figures figures, boolean drillable) {
    }

    public record QuestionGroup(String key, long asked, long answered, long overdue, long escalated,
            @Nullable Double medianHoursToFirstAnswer) {
    }

    public record Training(long sessionsHeld, long seatsFilled, long capacity, List<LogMonth> logEntries) {
    }

    public record LogMonth(YearMonth month, long entries, long headCount, long minutes) {
    }

    /**
     * One monthly series with its Anhøj analysis. {@code key} names the figure (participation, ...). A month the
     * reference day lies inside is {@code incomplete}: its value is shown but left out of the median and Anhøj's
     * rules, so a month one day old cannot make a "drop" or a signal; months after it have no value.
     */
    public record RunChart(String key, List<YearMonth> months, List<Double> values, Anhoej.Result analysis,
            @Nullable YearMonth incomplete) {
    }
}
