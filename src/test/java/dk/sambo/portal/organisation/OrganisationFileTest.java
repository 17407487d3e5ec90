package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

import dk.sambo.portal.organisation.OrganisationFile.Column;

/** CSV as Excel saves it and XLSX read into the same rows; Danish headers; a file without the key columns. */
class OrganisationFileTest {

    @Test
    void a_semicolon_csv_with_bom_and_danish_headers_is_read_by_column_name() {
        var csv = "\uFEFFEnhedskode;Navn;Organisation;E-mail;Enhed;Leder\n"
                + "kol-1;Mette Sørensen;KOLDING_KOMMUNE;Mette@Kolding.example;Sygeplejen;ja\n"
                + ";;;;;\n"
                + "\"kol-2\";\"Hansen; Ole\";KOLDING_KOMMUNE;ole@kolding.example;Akut;nej\n";

        var rows = OrganisationFile.read("hr.CSV", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).get(Column.UNIT_CODE)).isEqualTo("kol-1");
        assertThat(rows.get(0).get(Column.NAME)).isEqualTo("Mette Sørensen");
        assertThat(rows.get(0).get(Column.UNIT_NAME)).isEqualTo("Sygeplejen");
        assertThat(rows.get(0).get(Column.LEADER)).isEqualTo("ja");
        assertThat(rows.get(1).get(Column.NAME)).isEqualTo("Hansen; Ole");
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).get(Column.PARENT_CODE)).isEmpty();
    }

    @Test
    void an_xlsx_workbook_gives_the_same_rows_numbers_included() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "HR", "1.0")) {
            var sheet = workbook.newWorksheet("Ark1");
            String[] header = {"unit_code", "unit_name", "organisation", "email", "name", "leader"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, 4711);
            sheet.value(1, 1, "Hjemmeplejen");
            sheet.value(1, 2, "KOLDING_KOMMUNE");
            sheet.value(1, 3, "a@kolding.example");
            sheet.value(1, 4, "Anna");
            sheet.value(1, 5, "x");
        }

        var rows = OrganisationFile.read("hr.xlsx", new ByteArrayInputStream(out.toByteArray()));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.get(Column.UNIT_CODE)).isEqualTo("4711");
            assertThat(row.get(Column.UNIT_NAME)).isEqualTo("Hjemmeplejen");
            assertThat(row.get(Column.EMAIL)).isEqualTo("a@kolding.example");
            assertThat(row.get(Column.LEADER)).isEqualTo("x");
        });
    }

    @Test
    void a_file_without_unit_code_and_organisation_columns_is_refused() {
        assertThatThrownBy(() -> OrganisationFile.read("hr.csv",
                new ByteArrayInputStream("navn,email\nA,a@b.example\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(OrganisationFile.MissingColumns.class);
    }
}
