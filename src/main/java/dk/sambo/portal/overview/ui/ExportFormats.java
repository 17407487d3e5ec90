package dk.sambo.portal.overview.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.dhatim.fastexcel.Workbook;
import org.springframework.lang.Nullable;

import dk.sambo.portal.overview.ui.OverviewExport.Decimal;
import dk.sambo.portal.overview.ui.OverviewExport.Document;
import dk.sambo.portal.overview.ui.OverviewExport.Percent;

/**
 * Writes an {@link OverviewExport.Document} the way Danish spreadsheets read it: CSV (semicolons, decimal commas,
 * UTF-8 with a byte-order mark) and XLSX (FastExcel: numbers as numbers, shares as percentages, a sheet per
 * section with whole-word names within Excel's 31 characters).
 */
final class ExportFormats {

    private ExportFormats() {
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
            w.write(String.join(";", section.header().stream().map(ExportFormats::csv).toList()) + "\r\n");
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
