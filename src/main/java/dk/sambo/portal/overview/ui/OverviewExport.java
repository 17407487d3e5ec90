package dk.sambo.portal.overview.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;

import org.dhatim.fastexcel.Workbook;
import org.springframework.lang.Nullable;

import dk.sambo.portal.overview.Figures;
import dk.sambo.portal.overview.Overview;

/**
 * What the overview shows, as tables (one per screen section) for CSV and XLSX. Numbers stay numbers: shares as
 * percentages with one decimal, hours with one decimal; an empty cell where a figure has no denominator.
 */
final class OverviewExport {

    record Section(String title, List<String> header, List<List<Object>> rows) {
    }

    private OverviewExport() {
    }

    /** @param t translation: key and parameters to text, in the viewer's language */
    static List<Section> sections(Overview overview, BiFunction<String, Object[], String> t) {
        var sections = new ArrayList<Section>();
        var total = new ArrayList<List<Object>>();
        for (var figure : FigureColumn.values()) {
            total.add(List.of(t.apply(figure.key(), new Object[0]), valueOrEmpty(figure.value(overview.total()))));
        }
        sections.add(new Section(t.apply("overview.export.totals", new Object[] {overview.name(),
                overview.period().from().toString(), overview.period().to().toString()}),
                List.of(t.apply("overview.export.figure", new Object[0]),
                        t.apply("overview.export.value", new Object[0])), total));
        if (!overview.rows().isEmpty()) {
            var header = new ArrayList<String>();
            header.add(t.apply("overview.export.name", new Object[0]));
            for (var figure : FigureColumn.values()) {
                header.add(t.apply(figure.key(), new Object[0]));
            }
            var rows = new ArrayList<List<Object>>();
            for (var row : overview.rows()) {
                var cells = new ArrayList<Object>();
                cells.add(row.name());
                for (var figure : FigureColumn.values()) {
                    cells.add(valueOrEmpty(figure.value(row.figures())));
                }
                rows.add(cells);
            }
            sections.add(new Section(t.apply("overview.breakdown", new Object[0]), header, rows));
        }
        sections.add(questions(t.apply("overview.questions.by-topic", new Object[0]), overview.byTopic(), t));
        sections.add(questions(t.apply("overview.questions.by-sector", new Object[0]), overview.bySector(), t));
        var log = new ArrayList<List<Object>>();
        overview.training().logEntries().forEach(m -> log.add(List.of(m.month().toString(), m.entries(),
                m.headCount(), m.minutes())));
        sections.add(new Section(t.apply("overview.training.log-per-month", new Object[0]),
                List.of(t.apply("overview.month", new Object[0]), t.apply("overview.training.entries", new Object[0]),
                        t.apply("overview.training.head-count", new Object[0]),
                        t.apply("overview.training.minutes", new Object[0])), log));
        for (var chart : overview.charts()) {
            var rows = new ArrayList<List<Object>>();
            for (int i = 0; i < chart.months().size(); i++) {
                var median = chart.analysis().median();
                rows.add(List.of(chart.months().get(i).toString(), valueOrEmpty(round(chart.values().get(i))),
                        valueOrEmpty(median == null ? null : round(median)),
                        chart.analysis().inSignalRun().get(i) ? "X" : ""));
            }
            sections.add(new Section(t.apply("overview.chart." + chart.key(), new Object[0]),
                    List.of(t.apply("overview.month", new Object[0]), t.apply("overview.chart.value", new Object[0]),
                            t.apply("overview.chart.median", new Object[0]),
                            t.apply("overview.chart.signal", new Object[0])), rows));
        }
        return sections;
    }

    private static Section questions(String title, List<Overview.QuestionGroup> groups,
            BiFunction<String, Object[], String> t) {
        var rows = new ArrayList<List<Object>>();
        for (var g : groups) {
            rows.add(List.of(g.key(), g.asked(), g.answered(), g.overdue(), g.escalated(),
                    valueOrEmpty(round(g.medianHoursToFirstAnswer()))));
        }
        return new Section(title, List.of(t.apply("overview.questions.group", new Object[0]),
                t.apply("overview.figure.asked", new Object[0]), t.apply("overview.figure.answered", new Object[0]),
                t.apply("overview.figure.overdue", new Object[0]), t.apply("overview.figure.escalated", new Object[0]),
                t.apply("overview.figure.median-hours", new Object[0])), rows);
    }

    private static Object valueOrEmpty(@Nullable Object value) {
        return value == null ? "" : value;
    }

    static @Nullable Double round(@Nullable Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    static @Nullable Double percent(@Nullable Double share) {
        return share == null ? null : round(share * 100);
    }

    /** The figures of a node or row, in screen order, each with its label key. */
    enum FigureColumn {
        PEOPLE("overview.figure.people"), IN_DEPTH("overview.figure.in-depth"), OVERALL("overview.figure.overall"),
        LEADERS("overview.figure.leaders"), PARTICIPATION("overview.figure.participation"),
        STAIRCASE("overview.figure.staircase"), IN_DEPTH_STEP1("overview.figure.in-depth-step1"),
        OVERALL_STEP1("overview.figure.overall-step1"), LEADERS_STEP1("overview.figure.leaders-step1"),
        IN_DEPTH_STEP2("overview.figure.in-depth-step2"), OVERALL_STEP2("overview.figure.overall-step2"),
        LEADERS_STEP2("overview.figure.leaders-step2"), RECENT("overview.figure.recent"),
        BEARER_COVERAGE("overview.figure.bearer-coverage"), PEOPLE_PER_BEARER("overview.figure.people-per-bearer"),
        ASKED("overview.figure.asked"), ANSWERED("overview.figure.answered"), OVERDUE("overview.figure.overdue"),
        ESCALATED("overview.figure.escalated"), MEDIAN_HOURS("overview.figure.median-hours"),
        PLAN("overview.figure.plan");

        private final String key;

        FigureColumn(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        @Nullable
        Object value(Figures f) {
            return switch (this) {
                case PEOPLE -> f.people();
                case IN_DEPTH -> f.inDepth();
                case OVERALL -> f.overall();
                case LEADERS -> f.leaders();
                case PARTICIPATION -> percent(f.participationShare());
                case STAIRCASE -> f.staircase().name();
                case IN_DEPTH_STEP1 -> percent(Figures.share(f.inDepthStep1(), f.inDepth()));
                case OVERALL_STEP1 -> percent(Figures.share(f.overallStep1(), f.overall()));
                case LEADERS_STEP1 -> percent(Figures.share(f.leadersStep1(), f.leaders()));
                case IN_DEPTH_STEP2 -> percent(Figures.share(f.inDepthStep2(), f.inDepth()));
                case OVERALL_STEP2 -> percent(Figures.share(f.overallStep2(), f.overall()));
                case LEADERS_STEP2 -> percent(Figures.share(f.leadersStep2(), f.leaders()));
                case RECENT -> percent(f.recentShare());
                case BEARER_COVERAGE -> percent(f.bearerCoverage());
                case PEOPLE_PER_BEARER -> round(f.peoplePerBearer());
                case ASKED -> f.asked();
                case ANSWERED -> f.answered();
                case OVERDUE -> f.overdue();
                case ESCALATED -> f.escalated();
                case MEDIAN_HOURS -> round(f.medianHoursToFirstAnswer());
                case PLAN -> f.planTotal() == null ? null : f.planDone() + "/" + f.planTotal();
            };
        }
    }

    /** Semicolon-separated (what Danish spreadsheets expect), UTF-8 with a byte-order mark, one block per section. */
    static void writeCsv(List<Section> sections, OutputStream out, IntConsumer progress) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        int done = 0;
        for (var section : sections) {
            w.write(csv(section.title()) + "\r\n");
            w.write(String.join(";", section.header().stream().map(OverviewExport::csv).toList()) + "\r\n");
            for (var row : section.rows()) {
                w.write(String.join(";", row.stream().map(String::valueOf).map(OverviewExport::csv).toList())
                        + "\r\n");
            }
            w.write("\r\n");
            progress.accept(++done);
        }
        w.flush();
    }

    static String csv(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** One worksheet per section; numbers as numeric cells. */
    static void writeXlsx(List<Section> sections, OutputStream out, IntConsumer progress) throws IOException {
        var workbook = new Workbook(out, "SAM:BO", "1.0");
        int index = 0;
        for (var section : sections) {
            var sheet = workbook.newWorksheet(sheetName(index + 1, section.title()));
            sheet.value(0, 0, section.title());
            sheet.style(0, 0).bold().set();
            for (int c = 0; c < section.header().size(); c++) {
                sheet.value(1, c, section.header().get(c));
                sheet.style(1, c).bold().set();
            }
            int r = 2;
            for (var row : section.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    var v = row.get(c);
                    if (v instanceof Number n) {
                        sheet.value(r, c, n);
                    } else {
                        sheet.value(r, c, String.valueOf(v));
                    }
                }
                r++;
            }
            sheet.finish();
            progress.accept(++index);
        }
        workbook.finish();
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ . */
    static String sheetName(int number, String title) {
        var clean = (number + " " + title).replaceAll("[\\[\\]:*?/\\\\]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
