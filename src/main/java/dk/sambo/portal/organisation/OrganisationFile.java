package dk.sambo.portal.organisation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the organisation file HR and IT departments produce: CSV (comma or semicolon, UTF-8, with or without BOM,
 * as Excel saves it) or XLSX (first sheet). The first line names the columns; their order does not matter and
 * Danish names are accepted beside the English ones (see docs/operations.md for the column set).
 */
public final class OrganisationFile {

    /** The columns, each with the header names it is known by. */
    public enum Column {
        UNIT_CODE("unit_code", "enhedskode"),
        UNIT_NAME("unit_name", "enhed", "enhedsnavn"),
        PARENT_CODE("parent_code", "overordnet_enhed", "parent"),
        ORGANISATION("organisation", "organization", "organisationskode"),
        CLUSTER("cluster", "klynge"),
        EMAIL("email", "e-mail", "mail"),
        NAME("name", "navn"),
        JOB_TITLE("job_title", "stillingsbetegnelse", "stilling"),
        KNOWLEDGE_TARGET("knowledge_target", "vidensniveau"),
        LEADER("leader", "leder");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        public String header() {
            return names.getFirst();
        }
    }

    private OrganisationFile() {
    }

    /** Reads a file by its name's ending: {@code .xlsx} as a workbook, anything else as CSV. */
    public static List<ImportRow> read(String fileName, InputStream in) {
        try {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? readXlsx(in) : readCsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ImportRow> readCsv(InputStream raw) throws IOException {
        var in = new BufferedInputStream(raw);
        in.mark(4);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        in.mark(64 * 1024);
        var head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        in.reset();
        var firstLine = head.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        var rows = new ArrayList<ImportRow>();
        try (var parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            Map<Column, Integer> columns = null;
            for (var record : parser) {
                var values = record.toList();
                if (columns == null) {
                    columns = columns(values);
                    continue;
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(row((int) record.getRecordNumber(), columns, values));
            }
        }
        return rows;
    }

    static List<ImportRow> readXlsx(InputStream in) throws IOException {
        var rows = new ArrayList<ImportRow>();
        try (var workbook = new ReadableWorkbook(in)) {
            var sheet = workbook.getFirstSheet();
            Map<Column, Integer> columns = null;
            try (var stream = sheet.openStream()) {
                for (var row : (Iterable<Row>) stream::iterator) {
                    var values = new ArrayList<String>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        values.add(row.getOptionalCell(i).map(OrganisationFile::text).orElse(""));
                    }
                    if (columns == null) {
                        columns = columns(values);
                        continue;
                    }
                    if (values.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    rows.add(row(row.getRowNum(), columns, values));
                }
            }
        }
        return rows;
    }

    /** A cell as text; numbers (a unit code typed as 4711) without a decimal tail. */
    private static String text(org.dhatim.fastexcel.reader.Cell cell) {
        if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER && cell.asNumber() != null) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        var text = cell.getText();
        return text == null ? "" : text;
    }

    private static Map<Column, Integer> columns(List<String> header) {
        var columns = new HashMap<Column, Integer>();
        for (int i = 0; i < header.size(); i++) {
            var name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            for (var column : Column.values()) {
                if (column.names.contains(name)) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        if (!columns.containsKey(Column.UNIT_CODE) || !columns.containsKey(Column.ORGANISATION)) {
            throw new MissingColumns();
        }
        return columns;
    }

    private static ImportRow row(int line, Map<Column, Integer> columns, List<String> values) {
        var cells = new java.util.EnumMap<Column, String>(Column.class);
        for (var entry : columns.entrySet()) {
            int i = entry.getValue();
            cells.put(entry.getKey(), i < values.size() && values.get(i) != null ? values.get(i).strip() : "");
        }
        return new ImportRow(line, cells);
    }

    /** The file's first line lacks the unit code or organisation column. */
    public static class MissingColumns extends RuntimeException {
        MissingColumns() {
            super("orgdata.import.error.missing-columns");
        }
    }

    /** One line of the file (line numbers as a spreadsheet shows them, the header being line 1). */
    public record ImportRow(int line, Map<Column, String> cells) {

        public String get(Column column) {
            return cells.getOrDefault(column, "");
        }

        public static ImportRow of(int line, String... columnValuePairs) {
            var cells = new java.util.EnumMap<Column, String>(Column.class);
            for (int i = 0; i < columnValuePairs.length; i += 2) {
                cells.put(Column.valueOf(columnValuePairs[i]), columnValuePairs[i + 1]);
            }
            return new ImportRow(line, cells);
        }
    }
}
