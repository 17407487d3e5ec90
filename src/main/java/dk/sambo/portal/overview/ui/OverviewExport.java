package dk.sambo.portal.overview.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.dhatim.fastexcel.Workbook;
import org.springframework.lang.Nullable;

import dk.sambo.portal.overview.Figures;
import dk.sambo.portal.overview.Overview;
import dk.sambo.portal.overview.StaircasePosition;

/**
 * What the overview shows, as tables (one per screen section) for CSV and XLSX, in the viewer's language. Cells
 * are typed: counts ({@link Long}), shares ({@link Percent}), one-decimal figures ({@link Decimal}) and text, so
 * each format writes them the way Danish spreadsheets read them: the CSV with decimal commas (semicolons between
 * cells, UTF-8 with a byte-order mark for æøå), the XLSX with numbers as numbers and shares as percentages with a
 * number format. Codes never reach a cell: steps, sectors and topics are written by their names.
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

    /** The figures of a node or row, in screen order, each with its label key; the plan takes two columns. */
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
        PLAN("overview.figure.plan"),
        // The staircase by its own measures: the reached step's deciding share, the next step and its distance,
        // then every share of every step's measure (coverage is BEARER_COVERAGE above).
        STEP_MEASURE("overview.export.stair.measure"), NEXT_STEP("overview.export.stair.next"),
        NEXT_MEASURE("overview.export.stair.next-measure"), NEXT_POINTS_SHORT("overview.export.stair.points-short"),
        LAUNCH_PASSED_ON("overview.col.stair-launch"), IN_DEPTH_AND_LINE_MANAGERS("overview.col.stair-in-depth"),
        OVERALL_STAFF("overview.col.stair-overall"), LOCAL_TRAINING("overview.col.stair-local"),
        CONTINUED("overview.col.stair-continued");

        private final String key;

        FigureColumn(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        /** How many columns the figure takes: "5 of 10" activities are two numbers. */
        int parts() {
            return this == PLAN ? 2 : 1;
        }

        /** Shares are headed "(%)": the CSV writes the percentage's number, "12,3" for 12.3 %. */
        String header(BiFunction<String, Object[], String> t, int part) {
            if (this == PLAN && part == 1) {
                return t.apply("overview.figure.plan-total", new Object[0]);
            }
            var label = t.apply(key, new Object[0]);
            return switch (this) {
                case PARTICIPATION, IN_DEPTH_STEP1, OVERALL_STEP1, LEADERS_STEP1, IN_DEPTH_STEP2, OVERALL_STEP2,
                        LEADERS_STEP2, RECENT, BEARER_COVERAGE, STEP_MEASURE, NEXT_MEASURE, LAUNCH_PASSED_ON,
                        IN_DEPTH_AND_LINE_MANAGERS, OVERALL_STAFF, LOCAL_TRAINING, CONTINUED -> label + " (%)";
                default -> label;
            };
        }

        @Nullable
        Object value(Figures f, int part, BiFunction<String, Object[], String> t) {
            return switch (this) {
                case PEOPLE -> f.people();
                case IN_DEPTH -> f.inDepth();
                case OVERALL -> f.overall();
                case LEADERS -> f.leaders();
                case PARTICIPATION -> percent(f.participationShare());
                case STAIRCASE -> t.apply("overview.stair.name." + f.staircase().name(), new Object[0]);
                case IN_DEPTH_STEP1 -> percent(Figures.share(f.inDepthStep1(), f.inDepth()));
                case OVERALL_STEP1 -> percent(Figures.share(f.overallStep1(), f.overall()));
                case LEADERS_STEP1 -> percent(Figures.share(f.leadersStep1(), f.leaders()));
                case IN_DEPTH_STEP2 -> percent(Figures.share(f.inDepthStep2(), f.inDepth()));
                case OVERALL_STEP2 -> percent(Figures.share(f.overallStep2(), f.overall()));
                case LEADERS_STEP2 -> percent(Figures.share(f.leadersStep2(), f.leaders()));
                case RECENT -> percent(f.recentShare());
                case BEARER_COVERAGE -> percent(f.bearerCoverage());
                case PEOPLE_PER_BEARER -> decimal(f.peoplePerBearer());
                case ASKED -> f.asked();
                case ANSWERED -> f.answered();
                case OVERDUE -> f.overdue();
                case ESCALATED -> f.escalated();
                case MEDIAN_HOURS -> decimal(f.medianHoursToFirstAnswer());
                case PLAN -> part == 0 ? f.planDone() : f.planTotal();
                case STEP_MEASURE -> {
                    var m = f.position().reachedMeasure();
                    yield m == null ? null : percent(m.value());
                }
                case NEXT_STEP -> {
                    var m = f.position().next();
                    yield m == null ? null : t.apply("overview.stair.name." + m.step().name(), new Object[0]);
                }
                case NEXT_MEASURE -> {
                    var m = f.position().next();
                    yield m == null ? null : percent(m.value());
                }
                case NEXT_POINTS_SHORT -> {
                    var m = f.position().next();
                    yield m == null ? null : decimal(m.pointsShort());
                }
                case LAUNCH_PASSED_ON -> share(f, StaircasePosition.Group.LAUNCH_PASSED_ON);
                case IN_DEPTH_AND_LINE_MANAGERS -> share(f, StaircasePosition.Group.IN_DEPTH_AND_LINE_MANAGERS);
                case OVERALL_STAFF -> share(f, StaircasePosition.Group.OVERALL_STAFF);
                case LOCAL_TRAINING -> share(f, StaircasePosition.Group.LOCAL_TRAINING);
                case CONTINUED -> share(f, StaircasePosition.Group.CONTINUED);
            };
        }

        private static @Nullable Percent share(Figures f, StaircasePosition.Group group) {
            return percent(f.position().share(group).value());
        }
    }

    /**
     * Semicolon-separated, UTF-8 with a byte-order mark (so Excel reads æøå), the heading on the first line, then
     * one block per section. Numbers in the viewer's locale without grouping: "12,5" in Danish; shares as the
     * percentage's number ("12,3"), the column heading says it is a share.
     */
    static void writeCsv(Document document, Locale locale, OutputStream out, IntConsumer progress)
            throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(csv(document.heading()) + "\r\n\r\n");
        var number = NumberFormat.getNumberInstance(locale);
        number.setGroupingUsed(false);
        number.setMinimumFractionDigits(0);
        number.setMaximumFractionDigits(1);
        int done = 0;
        for (var section : document.sections()) {
            w.write(csv(section.title()) + "\r\n");
            w.write(String.join(";", section.header().stream().map(OverviewExport::csv).toList()) + "\r\n");
            for (var row : section.rows()) {
                var cells = new ArrayList<String>(row.size());
                for (var v : row) {
                    cells.add(csv(csvCell(v, number)));
                }
                w.write(String.join(";", cells) + "\r\n");
            }
            w.write("\r\n");
            progress.accept(++done);
        }
        w.flush();
    }

    private static String csvCell(@Nullable Object v, NumberFormat number) {
        return switch (v) {
            case null -> "";
            case Percent p -> number.format(p.share() * 100);
            case Decimal d -> number.format(d.value());
            case Number n -> number.format(n);
            default -> String.valueOf(v);
        };
    }

    static String csv(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /**
     * One worksheet per section: the heading, the section's title, the column heads, then the rows. Counts as
     * whole numbers, figures with one decimal, shares as percentages ("0.0%"), all numeric cells.
     */
    static void writeXlsx(Document document, OutputStream out, IntConsumer progress) throws IOException {
        var workbook = new Workbook(out, "SAM:BO", "1.0");
        int index = 0;
        var used = new java.util.HashSet<String>();
        for (var section : document.sections()) {
            var sheet = workbook.newWorksheet(uniqueSheetName(section.sheet(), used));
            sheet.value(0, 0, document.heading());
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, section.title());
            sheet.style(1, 0).bold().set();
            for (int c = 0; c < section.header().size(); c++) {
                sheet.value(2, c, section.header().get(c));
                sheet.style(2, c).bold().wrapText(true).set();
            }
            int r = 3;
            for (var row : section.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    switch (row.get(c)) {
                        case null -> {
                        }
                        case Percent p -> {
                            sheet.value(r, c, p.share());
                            sheet.style(r, c).format("0.0%").set();
                        }
                        case Decimal d -> {
                            sheet.value(r, c, d.value());
                            sheet.style(r, c).format("0.0").set();
                        }
                        case Number n -> sheet.value(r, c, n);
                        case Object v -> sheet.value(r, c, String.valueOf(v));
                    }
                }
                r++;
            }
            sheet.width(0, 40);
            sheet.finish();
            progress.accept(++index);
        }
        workbook.finish();
    }

    /**
     * Excel sheet names: at most 31 characters, none of []:*?/\ , unique. A longer name is cut after its last
     * whole word that fits, so a sheet is never named by half a word.
     */
    static String sheetName(String title) {
        var clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").trim();
        if (clean.length() <= 31) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', 31);
        return (cut > 0 ? clean.substring(0, cut) : clean.substring(0, 31)).trim();
    }

    private static String uniqueSheetName(String title, java.util.Set<String> used) {
        var name = sheetName(title);
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            var suffix = " " + n;
            name = sheetName(title).substring(0, Math.min(sheetName(title).length(), 31 - suffix.length())).trim()
                    + suffix;
        }
        return name;
    }
}
