package dk.sambo.portal.overview.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.lang.Nullable;

import dk.sambo.portal.overview.Overview;

/**
 * What the overview shows, as tables (one per screen section) for CSV and XLSX, in the viewer's language. Cells
 * are typed: counts ({@link Long}), shares ({@link Percent}), one-decimal figures ({@link Decimal}) and text, so
 * each format writes them the way Danish spreadsheets read them: the CSV with decimal commas (semicolons between
 * cells, UTF-8 with a byte-order mark for æøå), the XLSX with numbers as numbers and shares as percentages with a
 * number format. Codes never reach a cell: steps, sectors and topics are written by their names. The columns of a
 * node's figures are {@link FigureColumn}; the files are written by {@link ExportFormats}.
 */
final class OverviewExport {

    /** A share from 0 to 1, written as a percentage. */
    record Percent(double share) {
    }

    /** A figure rounded to one decimal. */
    record Decimal(double value) {
    }

    /** @param sheet the worksheet's name: whole words, at most 31 characters (Excel's limit) */
    record Section(String title, String sheet, List<String> header, List<List<Object>> rows) {
    }

    /** The document's heading: what, where, which period, and when it was counted. */
    record Document(String heading, List<Section> sections) {
    }

    private OverviewExport() {
    }

    /**
     * @param t          translation: key and parameters to text, in the viewer's language
     * @param topicName  a topic's name from its code
     * @param date       a day as the viewer reads it
     */
    static Document document(Overview overview, String name, BiFunction<String, Object[], String> t,
            Function<String, String> topicName, Function<java.time.LocalDate, String> date) {
        var sections = new ArrayList<Section>();
        var total = new ArrayList<List<Object>>();
        for (var figure : FigureColumn.values()) {
            for (int part = 0; part < figure.parts(); part++) {
                total.add(cells(figure.header(t, part), figure.value(overview.total(), part, t)));
            }
        }
        sections.add(new Section(t.apply("overview.export.totals", new Object[] {name,
                date.apply(overview.period().from()), date.apply(overview.period().to())}),
                t.apply("overview.export.sheet.totals", new Object[0]),
                List.of(t.apply("overview.export.figure", new Object[0]),
                        t.apply("overview.export.value", new Object[0])), total));
        if (!overview.rows().isEmpty()) {
            var header = new ArrayList<String>();
            header.add(t.apply("overview.export.name", new Object[0]));
            for (var figure : FigureColumn.values()) {
                for (int part = 0; part < figure.parts(); part++) {
                    header.add(figure.header(t, part));
                }
            }
            var rows = new ArrayList<List<Object>>();
            for (var row : overview.rows()) {
                var cells = new ArrayList<Object>();
                cells.add(row.name());
                for (var figure : FigureColumn.values()) {
                    for (int part = 0; part < figure.parts(); part++) {
                        cells.add(figure.value(row.figures(), part, t));
                    }
                }
                rows.add(cells);
            }
            sections.add(new Section(t.apply("overview.breakdown", new Object[0]),
                    t.apply("overview.export.sheet.breakdown", new Object[0]), header, rows));
        }
        sections.add(questions(t.apply("overview.questions.by-topic", new Object[0]),
                t.apply("overview.export.sheet.by-topic", new Object[0]), overview.byTopic(), topicName, t));
        sections.add(questions(t.apply("overview.questions.by-sector", new Object[0]),
                t.apply("overview.export.sheet.by-sector", new Object[0]), overview.bySector(),
                k -> t.apply("overview.sector." + k, new Object[0]), t));
        var log = new ArrayList<List<Object>>();
        overview.training().logEntries().forEach(m -> log.add(cells(m.month().toString(), m.entries(),
                m.headCount(), m.minutes())));
        sections.add(new Section(t.apply("overview.training.log-per-month", new Object[0]),
                t.apply("overview.export.sheet.log", new Object[0]),
                List.of(t.apply("overview.month", new Object[0]), t.apply("overview.training.entries", new Object[0]),
                        t.apply("overview.training.head-count", new Object[0]),
                        t.apply("overview.training.minutes", new Object[0])), log));
        for (var chart : overview.charts()) {
            var rows = new ArrayList<List<Object>>();
            var median = chart.analysis().median();
            for (int i = 0; i < chart.months().size(); i++) {
                var month = chart.months().get(i);
                rows.add(cells(month.equals(chart.incomplete())
                                ? t.apply("overview.chart.incomplete-month", new Object[] {month.toString()})
                                : month.toString(),
                        decimal(chart.values().get(i)), decimal(median),
                        t.apply(chart.analysis().inSignalRun().get(i) ? "overview.export.yes" : "overview.export.no",
                                new Object[0])));
            }
            sections.add(new Section(t.apply("overview.chart." + chart.key(), new Object[0]),
                    t.apply("overview.export.sheet.chart." + chart.key(), new Object[0]),
                    List.of(t.apply("overview.month", new Object[0]),
                            t.apply("overview.chart.value." + chart.key(), new Object[0]),
                            t.apply("overview.chart.median", new Object[0]),
                            t.apply("overview.chart.signal", new Object[0])), rows));
        }
        var heading = t.apply("overview.export.heading", new Object[] {name,
                t.apply("overview.export.level." + overview.area().level().name(), new Object[0]),
                date.apply(overview.period().from()), date.apply(overview.period().to()),
                date.apply(overview.referenceDay())});
        return new Document(heading, sections);
    }

    private static Section questions(String title, String sheet, List<Overview.QuestionGroup> groups,
            Function<String, String> name, BiFunction<String, Object[], String> t) {
        var rows = new ArrayList<List<Object>>();
        for (var g : groups) {
            rows.add(cells(name.apply(g.key()), g.asked(), g.answered(), g.overdue(), g.escalated(),
                    decimal(g.medianHoursToFirstAnswer())));
        }
        return new Section(title, sheet, List.of(t.apply("overview.questions.group", new Object[0]),
                t.apply("overview.figure.asked", new Object[0]), t.apply("overview.figure.answered", new Object[0]),
                t.apply("overview.figure.overdue", new Object[0]), t.apply("overview.figure.escalated", new Object[0]),
                t.apply("overview.figure.median-hours", new Object[0])), rows);
    }

    /** A row of cells; a null stays an empty cell (a figure without a denominator). */
    private static List<Object> cells(@Nullable Object... values) {
        var row = new ArrayList<Object>(values.length);
        for (var v : values) {
            row.add(v);
        }
        return java.util.Collections.unmodifiableList(row);
    }

    static @Nullable Double round(@Nullable Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    static @Nullable Decimal decimal(@Nullable Double value) {
        return value == null ? null : new Decimal(round(value));
    }

    static @Nullable Percent percent(@Nullable Double share) {
        // one decimal of the percentage: 0.12345 -> 12.3 %
        return share == null ? null : new Percent(Math.round(share * 1000) / 1000.0);
    }

}
