package dk.sambo.portal.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataException;

/**
 * Issue 10: a file is accepted only when the whole of it parses as the format it claims (PDFBox for PDF, POI for
 * DOCX/PPTX), and its text holds no CPR number. Documents are generated in the test.
 */
class FileInspectionTest {

    @TempDir Path dir;

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private FileKind inspect(String name, byte[] bytes) throws Exception {
        return FileInspection.inspect(name, file(name, bytes));
    }

    @Test
    void real_pdf_docx_and_pptx_files_are_accepted() throws Exception {
        assertThat(inspect("a.pdf", TestDocuments.pdf("Udskrivning fra sygehus", "Ring 76 63 30 00")))
                .isEqualTo(FileKind.PDF);
        assertThat(inspect("b.docx", TestDocuments.docx("Vejledning til weekendudskrivning", "Side 1")))
                .isEqualTo(FileKind.DOCX);
        assertThat(inspect("c.pptx", TestDocuments.pptx("Grundprincipperne", "Husk dialogen")))
                .isEqualTo(FileKind.PPTX);
        // The portal's own generated launch-package PDFs parse too.
        assertThat(inspect("d.pdf", LaunchPackagePdf.write("Brev", List.of("Linje med æøå")))).isEqualTo(FileKind.PDF);
    }

    @Test
    void an_executable_or_html_page_behind_a_pdf_header_is_refused() throws Exception {
        var exe = new byte[4096];
        System.arraycopy("%PDF-1.7\nMZ".getBytes(StandardCharsets.US_ASCII), 0, exe, 0, 11);
        exe[11] = (byte) 0x90;
        assertRefused("program.pdf", exe);
        assertRefused("side.pdf", "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertRefused("side2.pdf", "%PDF-1.4\n<!DOCTYPE html><html><body>Hej</body></html>"
                .getBytes(StandardCharsets.US_ASCII));
        // A real PDF with an HTML page or a program appended after its end.
        assertRefused("polyglot.pdf", TestDocuments.concat(TestDocuments.pdf("Hej"),
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void a_zip_that_claims_to_be_a_word_or_powerpoint_file_but_does_not_parse_is_refused() throws Exception {
        assertRefused("tom.docx", MaterialLibraryTest.office("word/document.xml", MaterialLibraryTest.DOCX_MAIN));
        assertRefused("tom.pptx", MaterialLibraryTest.office("ppt/presentation.xml", MaterialLibraryTest.PPTX_MAIN));
        var truncated = TestDocuments.docx("Hej", "Side");
        assertRefused("halv.docx", java.util.Arrays.copyOf(truncated, truncated.length / 2));
    }

    @Test
    void a_document_with_a_cpr_number_is_refused_like_a_question_would_be() throws Exception {
        assertCpr("brev.pdf", TestDocuments.pdf("Borgeren", "cpr 010285-1234 blev udskrevet"));
        assertCpr("brev2.pdf", TestDocuments.pdf("Borgeren 01.02.85.1234 blev udskrevet"));
        assertCpr("vejledning.docx", TestDocuments.docx("Vejledning for 0102851234", "Side 1"));
        assertCpr("fod.docx", TestDocuments.docx("Vejledning", "Udfyldt for 01 02 85 1234"));
        assertCpr("slides.pptx", TestDocuments.pptx("Eksempel: 010285/1234", "Noter"));
        assertCpr("noter.pptx", TestDocuments.pptx("Eksempel", "Husk borger 01O285-1234"));
    }

    @Test
    void zip_bombs_are_refused_before_a_parser_builds_them() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override ContentType=\"" + MaterialLibraryTest.DOCX_MAIN + "\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < (FileKind.MAX_XML_PART_BYTES / zeros.length) + 2; i++) {
                zip.write(zeros);
            }
        }
        assertThat(out.size()).isLessThan((int) FileKind.MAX_BYTES);
        assertRefused("bombe.docx", out.toByteArray());
    }

    private void assertRefused(String name, byte[] bytes) {
        assertThatThrownBy(() -> inspect(name, bytes)).as(name).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("materials.error.type"));
    }

    private void assertCpr(String name, byte[] bytes) {
        assertThatThrownBy(() -> inspect(name, bytes)).as(name).isInstanceOf(PatientDataException.class)
                .satisfies(e -> assertThat(((PatientDataException) e).field()).isEqualTo("materials.file"));
    }
}
