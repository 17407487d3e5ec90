package dk.sambo.portal.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import dk.sambo.portal.KaribuTest;

/** The export holds what the screen shows: parse our own CSV and XLSX and compare with the overview. */
class OverviewExportTest extends KaribuTest {

    private OverviewView openAsStrategic() {
        login("strategisk");
        navigate(OverviewView.ROUTE);
        return (OverviewView) UI.getCurrent().getCurrentView();
    }

    @Test
    void csv_export_holds_totals_breakdown_rows_and_chart_values() throws Exception {
        var view = openAsStrategic();
        var overview = view.currentOverview();
        var csv = new String(view.export(overview, "csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        var lines = csv.substring(1).lines().toList();
        assertThat(lines.getFirst()).startsWith("Lillebælt");
        // the totals block: "Personer;<count>"
        assertThat(lines).contains("Personer;" + overview.total().people(),
                "Stillet;" + overview.total().asked());
        // the breakdown: a header, then one line per row in screen order, starting with name and people
        int header = lines.indexOf("Fordelt på underliggende niveau");
        assertThat(header).isPositive();
        assertThat(lines.get(header + 1)).startsWith("Navn;Personer;Indgående kendskab;");
        for (int i = 0; i < overview.rows().size(); i++) {
            var row = overview.rows().get(i);
            var cells = parseCsvLine(lines.get(header + 2 + i));
            assertThat(cells.get(0)).isEqualTo(row.name());
            assertThat(cells.get(1)).isEqualTo(String.valueOf(row.figures().people()));
            assertThat(cells.get(2)).isEqualTo(String.valueOf(row.figures().inDepth()));
        }
        // each run chart: 24 month lines
        int chart = lines.indexOf("Tvivlsspørgsmål stillet pr. måned");
        assertThat(chart).isPositive();
        var chartData = overview.charts().get(1);
        for (int i = 0; i < 24; i++) {
            var cells = parseCsvLine(lines.get(chart + 2 + i));
            assertThat(cells.get(0)).isEqualTo(chartData.months().get(i).toString());
            assertThat(Double.parseDouble(cells.get(1))).isEqualTo(chartData.values().get(i));
        }
        assertThat(_find(Anchor.class).stream().filter(a -> a.hasClassName("overview-export-csv"))).hasSize(1);
    }

    @Test
    void xlsx_export_has_a_sheet_per_section_with_numbers_as_numbers() throws Exception {
        var view = openAsStrategic();
        var overview = view.currentOverview();
        var sheets = readXlsx(view.export(overview, "xlsx"));
        // totals, breakdown, by topic, by sector, training log, three run charts
        assertThat(sheets).hasSize(8);
        var totals = sheets.get(0);
        assertThat(totals.get(0).get(0)).startsWith("Lillebælt");
        var people = totals.stream().filter(r -> r.get(0).equals("Personer")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(people.get(1))).isEqualTo((double) overview.total().people());
        var breakdown = sheets.get(1);
        assertThat(breakdown.get(1).get(0)).isEqualTo("Navn");
        for (int i = 0; i < overview.rows().size(); i++) {
            assertThat(breakdown.get(2 + i).get(0)).isEqualTo(overview.rows().get(i).name());
            assertThat(Double.parseDouble(breakdown.get(2 + i).get(1)))
                    .isEqualTo((double) overview.rows().get(i).figures().people());
        }
        assertThat(_find(Anchor.class).stream().filter(a -> a.hasClassName("overview-export-xlsx"))).hasSize(1);
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

    /** A minimal XLSX reader: sheets in order, rows of cell texts (shared strings resolved). */
    static List<List<List<String>>> readXlsx(byte[] bytes) throws Exception {
        var files = new HashMap<String, byte[]>();
        // fastexcel streams its zip with data descriptors, which ZipInputStream cannot read; ZipFile can.
        var file = java.nio.file.Files.createTempFile("overview", ".xlsx");
        try {
            java.nio.file.Files.write(file, bytes);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    files.put(e.getName(), zip.getInputStream(e).readAllBytes());
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        var factory = DocumentBuilderFactory.newInstance();
        var shared = new ArrayList<String>();
        if (files.containsKey("xl/sharedStrings.xml")) {
            var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(files.get("xl/sharedStrings.xml")));
            var items = doc.getElementsByTagName("si");
            for (int i = 0; i < items.getLength(); i++) {
                shared.add(items.item(i).getTextContent());
            }
        }
        var sheets = new ArrayList<List<List<String>>>();
        for (int s = 1; files.containsKey("xl/worksheets/sheet" + s + ".xml"); s++) {
            var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    files.get("xl/worksheets/sheet" + s + ".xml")));
            var rows = new ArrayList<List<String>>();
            var rowNodes = doc.getElementsByTagName("row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                var cells = new ArrayList<String>();
                var cellNodes = ((Element) rowNodes.item(r)).getElementsByTagName("c");
                for (int c = 0; c < cellNodes.getLength(); c++) {
                    var cell = (Element) cellNodes.item(c);
                    var text = cell.getTextContent();
                    cells.add("s".equals(cell.getAttribute("t")) ? shared.get(Integer.parseInt(text.trim())) : text);
                }
                rows.add(cells);
            }
            sheets.add(rows);
        }
        return sheets;
    }

}
