package dk.sambo.portal.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.overview.Figures;
import dk.sambo.portal.overview.Overview;

/**
 * The exports hold what the screen shows, the way a Danish spreadsheet reads it: read our own CSV and XLSX back
 * (the XLSX with FastExcel's reader) and compare every cell of the totals and the breakdown with the page's
 * figures, worked out here from the counts again rather than through the export's own code.
 */
class OverviewExportTest extends KaribuTest {

    private static final Locale DA = Locale.forLanguageTag("da-DK");

    private OverviewView openAsStrategic() {
        login("strategisk");
        navigate(OverviewView.ROUTE);
        return (OverviewView) UI.getCurrent().getCurrentView();
    }

    /** The 31 figures of a node as the CSV must write them, in screen order (the plan as done and total). */
    private static List<String> expectedCsv(Figures f) {
        var pct = NumberFormat.getNumberInstance(DA);
        pct.setGroupingUsed(false);
        pct.setMaximumFractionDigits(1);
        java.util.function.BiFunction<Long, Long, String> share = (part, whole) -> whole == 0 ? ""
                : pct.format(Math.round(1000.0 * part / whole) / 10.0);
        var cells = new ArrayList<String>();
        cells.add(String.valueOf(f.people()));
        cells.add(String.valueOf(f.inDepth()));
        cells.add(String.valueOf(f.overall()));
        cells.add(String.valueOf(f.leaders()));
        cells.add(share.apply(f.targetTookPart(), f.targetGroup()));
        cells.add(null); // the step's Danish name, checked separately
        cells.add(share.apply(f.inDepthStep1(), f.inDepth()));
        cells.add(share.apply(f.overallStep1(), f.overall()));
        cells.add(share.apply(f.leadersStep1(), f.leaders()));
        cells.add(share.apply(f.inDepthStep2(), f.inDepth()));
        cells.add(share.apply(f.overallStep2(), f.overall()));
        cells.add(share.apply(f.leadersStep2(), f.leaders()));
        cells.add(share.apply(f.targetRecent(), f.targetGroup()));
        cells.add(share.apply(f.unitsWithBearer(), f.units()));
        cells.add(f.bearers() == 0 ? "" : pct.format(Math.round(10.0 * f.people() / f.bearers()) / 10.0));
        cells.add(String.valueOf(f.asked()));
        cells.add(String.valueOf(f.answered()));
        cells.add(String.valueOf(f.overdue()));
        cells.add(String.valueOf(f.escalated()));
        cells.add(f.medianHoursToFirstAnswer() == null ? ""
                : pct.format(Math.round(10.0 * f.medianHoursToFirstAnswer()) / 10.0));
        cells.add(f.planDone() == null ? "" : String.valueOf(f.planDone()));
        cells.add(f.planTotal() == null ? "" : String.valueOf(f.planTotal()));
        // the staircase by its own measures: the reached step's deciding share, the next step, its deciding share
        // and the points it lacks, then each share from the counts
        var position = f.position();
        var reached = position.reachedMeasure();
        cells.add(reached == null || reached.deciding() == null ? ""
                : share.apply(reached.deciding().part(), reached.deciding().whole()));
        var next = position.next();
        cells.add(next == null ? "" : danishName(next.step()));
        cells.add(next == null || next.deciding() == null ? ""
                : share.apply(next.deciding().part(), next.deciding().whole()));
        cells.add(next == null ? "" : pct.format(Math.round(10.0 * next.pointsShort()) / 10.0));
        var s = f.steps();
        cells.add(share.apply(s.launched(), f.targetGroup()));
        cells.add(share.apply(s.inDepthAndLineManagersTaught(), s.inDepthAndLineManagers()));
        cells.add(share.apply(s.overallStaffTaught(), s.overallStaff()));
        cells.add(share.apply(s.localTraining(), f.targetGroup()));
        cells.add(share.apply(s.continued(), f.targetGroup()));
        return cells;
    }

    private static String danishStep(Figures f) {
        return danishName(f.staircase());
    }

    private static String danishName(dk.sambo.portal.overview.Staircase step) {
        return switch (step) {
            case NOT_STARTED -> "Ikke i gang: lanceringen er ikke nået";
            case LAUNCH -> "Trin 1: Lancering";
            case COMPETENCE_DEVELOPMENT -> "Trin 2: Kompetenceudvikling";
            case CHANGE_MANAGEMENT -> "Trin 3: Forandringsledelse";
            case REALISATION -> "Trin 4: Virkeliggørelse";
        };
    }

    @Test
    void csv_export_has_a_heading_danish_labels_and_decimal_commas_in_every_cell() throws Exception {
        var view = openAsStrategic();
        var overview = view.currentOverview();
        var csv = new String(view.export(overview, "csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        var lines = csv.substring(1).lines().toList();
        // what, where, which period and when, on the first line
        assertThat(lines.getFirst()).startsWith("SAM:BO-overblik: Lillebælt (sundhedsklynge), perioden ")
                .contains(dk.sambo.portal.shared.ui.Formats.date(overview.period().from(), DA))
                .contains(dk.sambo.portal.shared.ui.Formats.date(overview.period().to(), DA));
        // no codes anywhere: steps, sectors and topics by their names
        assertThat(csv).doesNotContain("REALISATION", "NOT_STARTED", "CHANGE_MANAGEMENT", "KOMMUNE;", "REGION;",
                "ALMEN_PRAKSIS", "DISCHARGE", "ADMISSION");

        // the totals block: one line per figure, every value as computed from the counts
        int totals = lines.indexOf("Tal;Værdi");
        assertThat(totals).isPositive();
        var expected = expectedCsv(overview.total());
        for (int i = 0; i < expected.size(); i++) {
            var cells = parseCsvLine(lines.get(totals + 1 + i));
            if (i == 5) {
                assertThat(cells.get(1)).isEqualTo(danishStep(overview.total()));
            } else {
                assertThat(cells.get(1)).as(cells.get(0)).isEqualTo(expected.get(i));
            }
        }
        assertThat(parseCsvLine(lines.get(totals + 1 + 4)).get(0))
                .isEqualTo("Andel af målgruppen, der deltog i perioden (%)");

        // the breakdown: every cell of every row
        int header = lines.indexOf("Fordelt på underliggende niveau");
        assertThat(header).isPositive();
        assertThat(lines.get(header + 1)).startsWith("Navn;Personer;Indgående kendskab;")
                .contains(";Aktiviteter udført;Aktiviteter i planen;Trinnets eget mål (%);Næste trin;")
                .endsWith(";Virkeliggørelse: træning begge halvår (%)");
        assertThat(overview.rows()).isNotEmpty();
        for (int i = 0; i < overview.rows().size(); i++) {
            var row = overview.rows().get(i);
            var cells = parseCsvLine(lines.get(header + 2 + i));
            var want = expectedCsv(row.figures());
            assertThat(cells).hasSize(want.size() + 1);
            assertThat(cells.get(0)).isEqualTo(row.name());
            for (int c = 0; c < want.size(); c++) {
                assertThat(cells.get(c + 1)).as(row.name() + " column " + c)
                        .isEqualTo(c == 5 ? danishStep(row.figures()) : want.get(c));
            }
        }
        // each run chart: 24 month lines, values with a decimal comma
        int chart = lines.indexOf("Tvivlsspørgsmål stillet pr. måned");
        assertThat(chart).isPositive();
        var chartData = overview.charts().get(1);
        for (int i = 0; i < 24; i++) {
            var cells = parseCsvLine(lines.get(chart + 2 + i));
            assertThat(cells.get(0)).startsWith(chartData.months().get(i).toString());
            var value = chartData.values().get(i);
            assertThat(cells.get(1)).isEqualTo(value == null ? "" : NumberFormat.getNumberInstance(DA).format(value));
        }
        assertThat(_find(Anchor.class).stream().filter(a -> a.hasClassName("overview-export-csv"))).hasSize(1);
    }

    @Test
    void xlsx_export_has_whole_word_sheets_a_title_row_and_numbers_as_numbers() throws Exception {
        var view = openAsStrategic();
        var overview = view.currentOverview();
        var bytes = view.export(overview, "xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets.stream().map(org.dhatim.fastexcel.reader.Sheet::getName)).containsExactly("Nøgletal",
                    "Fordeling", "Spørgsmål efter emne", "Spørgsmål efter sektor", "Træningslog pr. måned",
                    "Deltagelse pr. måned", "Spørgsmål pr. måned", "Svartid pr. måned");

            var totals = sheets.get(0).read();
            assertThat(totals.get(0).getCell(0).getText()).startsWith("SAM:BO-overblik: Lillebælt");
            assertThat(totals.get(2).getCell(0).getText()).isEqualTo("Tal");
            var byName = new java.util.HashMap<String, Cell>();
            for (var row : totals.subList(3, totals.size())) {
                // a figure without a value (no step reached yet: no step measure) leaves its row one cell short
                byName.put(row.getCell(0).getText(), row.getCellCount() > 1 ? row.getCell(1) : null);
            }
            var f = overview.total();
            assertNumber(byName.get("Personer"), f.people());
            assertShare(byName.get("Andel af målgruppen, der deltog i perioden (%)"), f.targetTookPart(),
                    f.targetGroup());
            assertShare(byName.get("Enheder med aktiv kulturbærer (%)"), f.unitsWithBearer(), f.units());
            assertThat(byName.get("Trin på implementeringstrappen").getText()).isEqualTo(danishStep(f));
            var steps = f.steps();
            assertShare(byName.get("Lancering: formidlet lokalt (%)"), steps.launched(), f.targetGroup());
            assertShare(byName.get("Kompetence: indgående og ledere (%)"), steps.inDepthAndLineManagersTaught(),
                    steps.inDepthAndLineManagers());
            assertShare(byName.get("Kompetence: overordnet (%)"), steps.overallStaffTaught(), steps.overallStaff());
            assertShare(byName.get("Forandring: praksistræning, sparring, vidensdeling (%)"), steps.localTraining(),
                    f.targetGroup());
            assertShare(byName.get("Virkeliggørelse: træning begge halvår (%)"), steps.continued(), f.targetGroup());

            var breakdown = sheets.get(1).read();
            assertThat(breakdown.get(2).getCell(0).getText()).isEqualTo("Navn");
            int plan = header(breakdown.get(2), "Aktiviteter udført");
            int participation = header(breakdown.get(2), "Andel af målgruppen, der deltog i perioden (%)");
            for (int i = 0; i < overview.rows().size(); i++) {
                var row = overview.rows().get(i);
                var cells = breakdown.get(3 + i);
                assertThat(cells.getCell(0).getText()).isEqualTo(row.name());
                assertNumber(cells.getCell(1), row.figures().people());
                assertShare(cells.getCell(participation), row.figures().targetTookPart(),
                        row.figures().targetGroup());
                if (row.figures().planTotal() != null) {
                    assertNumber(cells.getCell(plan), row.figures().planDone());
                    assertNumber(cells.getCell(plan + 1), row.figures().planTotal());
                }
            }
        }
        assertThat(_find(Anchor.class).stream().filter(a -> a.hasClassName("overview-export-xlsx"))).hasSize(1);
    }

    @Test
    void sheet_names_are_cut_at_a_whole_word_within_excels_31_characters() {
        assertThat(ExportFormats.sheetName("Median timer til første svar pr. måned")).isEqualTo(
                "Median timer til første svar").hasSizeLessThanOrEqualTo(31);
        assertThat(ExportFormats.sheetName("Spørgsmål: efter [emne]")).isEqualTo("Spørgsmål efter emne");
    }

    private static int header(Row heads, String text) {
        for (int c = 0; c < heads.getCellCount(); c++) {
            if (heads.getCell(c) != null && text.equals(heads.getCell(c).getText())) {
                return c;
            }
        }
        throw new AssertionError("No column " + text);
    }

    private static void assertNumber(Cell cell, long expected) {
        assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
        assertThat(cell.asNumber()).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    /** A share is a number between 0 and 1 with a percentage format, rounded to a tenth of a percent. */
    private static void assertShare(Cell cell, long part, long whole) {
        if (whole == 0) {
            assertThat(cell == null || cell.getType() == CellType.EMPTY).isTrue();
            return;
        }
        assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
        assertThat(cell.getDataFormatString()).contains("%");
        assertThat(cell.asNumber().doubleValue()).isEqualTo(Math.round(1000.0 * part / whole) / 1000.0);
    }

    static List<String> parseCsvLine(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
