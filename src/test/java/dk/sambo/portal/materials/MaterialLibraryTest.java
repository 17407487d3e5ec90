package dk.sambo.portal.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.security.ui.LoginView;
import dk.sambo.portal.shared.RuleViolation;

class MaterialLibraryTest extends KaribuTest {

    @Autowired MaterialLibrary library;
    @Autowired AuditLog audit;

    static byte[] office(String mainPart, String contentType) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + contentType + "\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(mainPart));
            zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String PPTX_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

    @Test
    void pdf_docx_and_pptx_are_recognised_by_their_bytes() throws Exception {
        var pdf = LaunchPackagePdf.write("Test", List.of("Linje med æøå"));
        assertThat(FileKind.detect("a.pdf", pdf)).isEqualTo(FileKind.PDF);
        assertThat(FileKind.detect("a.DOCX", office("word/document.xml", DOCX_MAIN))).isEqualTo(FileKind.DOCX);
        assertThat(FileKind.detect("a.pptx", office("ppt/presentation.xml", PPTX_MAIN))).isEqualTo(FileKind.PPTX);
    }

    @Test
    void other_content_wrong_names_macros_empty_and_oversized_files_are_refused_with_a_reason() throws Exception {
        var exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertRejected("rapport.pdf", exe, "materials.error.type");
        assertRejected("notes.txt", "%PDF but not really".getBytes(StandardCharsets.US_ASCII), "materials.error.type");
        var zipWithoutOffice = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipWithoutOffice)) {
            zip.putNextEntry(new ZipEntry("virus.exe"));
            zip.write(exe);
        }
        assertRejected("a.docx", zipWithoutOffice.toByteArray(), "materials.error.type");
        assertRejected("a.pdf", office("word/document.xml", DOCX_MAIN), "materials.error.extension");
        assertRejected("a.docx", LaunchPackagePdf.write("x", List.of()), "materials.error.extension");
        assertRejected("a.docx", office("word/document.xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml"), "materials.error.macro");
        assertRejected("a.pdf", new byte[0], "materials.error.empty");
        var big = new byte[(int) FileKind.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        assertRejected("big.pdf", big, "materials.error.too-large");
        var justRight = new byte[(int) FileKind.MAX_BYTES];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, justRight, 0, 8);
        assertThat(FileKind.detect("ok.pdf", justRight)).isEqualTo(FileKind.PDF);
    }

    @Test
    void the_service_refuses_before_storing_anything() {
        login("strategisk");
        var before = library.list(null).size();
        assertThatThrownBy(() -> library.publish("Falsk PDF", null, Audience.EVERYONE, false, "falsk.pdf",
                "<html>".getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("materials.error.type"));
        assertThat(library.list(null)).hasSize(before);
    }

    @Test
    void the_cluster_levels_publish_versions_everyone_downloads_and_downloads_are_counted() throws Exception {
        login("sygeplejerske");
        var pdf = LaunchPackagePdf.write("Vejledning", List.of("Version 1"));
        assertThatThrownBy(() -> library.publish("Vejledning", null, Audience.STAFF, false, "v.pdf", pdf))
                .isInstanceOf(AccessDeniedException.class);
        login("leder");
        assertThatThrownBy(() -> library.publish("Vejledning", null, Audience.STAFF, false, "v.pdf", pdf))
                .isInstanceOf(AccessDeniedException.class);

        login("implementering");
        var id = library.publish("Vejledning til weekendudskrivning", "Til teammøder", Audience.STAFF, false,
                "weekend.pdf", pdf);
        library.addVersion(id, "weekend.docx", TestDocuments.docx("Weekendudskrivning", "Side 1"));
        var versions = library.versions(id);
        assertThat(versions).extracting(MaterialLibrary.Version::versionNo).containsExactly(2, 1);
        assertThat(versions.getFirst().contentType()).isEqualTo(FileKind.DOCX.contentType());

        login("sygeplejerske");
        assertThatThrownBy(() -> library.addVersion(id, "x.pdf", pdf)).isInstanceOf(AccessDeniedException.class);
        var file = library.download(versions.getFirst().id(), head -> OutputStream.nullOutputStream());
        assertThat(file.fileName()).isEqualTo("weekend.docx");
        library.download(versions.getFirst().id(), head -> OutputStream.nullOutputStream());
        assertThat(library.list(Audience.STAFF)).filteredOn(e -> e.id() == id).singleElement()
                .satisfies(e -> assertThat(e.totalDownloads()).isEqualTo(2));

        login("admin");
        assertThat(audit.forObject("Material", id, 10)).extracting(e -> e.getAction())
                .contains("MATERIAL_PUBLISHED", "MATERIAL_VERSION_ADDED");
    }

    @Test
    void the_library_shows_the_launch_package_to_everyone_logged_in() {
        navigate("materialer");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        login("politiker");
        navigate("materialer");
        assertThat(PageText.now()).contains("Lanceringspakken", "Lanceringsbrev: ny SAM:BO-aftale fra 19. maj 2025",
                "Ledere | v2 · PDF");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<MaterialLibrary.Entry> grid =
                com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.grid.Grid.class);
        assertThat(grid.getGenericDataView().getItems().map(MaterialLibrary.Entry::title).toList())
                .contains("Lederens guide til forandringsledelse", "Grundprincipperne i SAM:BO");
    }

    @Test
    void a_launch_package_document_with_a_cpr_number_is_refused_and_nothing_is_stored() throws Exception {
        login("implementering");
        var before = library.list(null).size();
        var withCpr = TestDocuments.pdf("Lanceringsbrev", "Eksempel: borger 01.02.85-1234");
        assertThatThrownBy(() -> library.publish("Lanceringsbrev", null, Audience.EVERYONE, true, "brev.pdf",
                withCpr)).isInstanceOf(dk.sambo.portal.shared.privacy.PatientDataException.class);
        assertThatThrownBy(() -> library.publish("Lanceringsbrev", null, Audience.EVERYONE, true,
                "borger 010285-1234.pdf", TestDocuments.pdf("Hej")))
                .isInstanceOf(dk.sambo.portal.shared.privacy.PatientDataException.class);
        assertThat(library.list(null)).hasSize(before);
    }

    @Test
    void a_stored_file_comes_back_byte_for_byte() throws Exception {
        login("implementering");
        var pptx = TestDocuments.pptx("Grundprincipperne", "Noter");
        var id = library.publish("Præsentation", null, Audience.EVERYONE, false, "p.pptx", pptx);
        var version = library.versions(id).getFirst();
        assertThat(version.sizeBytes()).isEqualTo(pptx.length);
        assertThat(downloaded(version.id())).isEqualTo(pptx);
    }

    /**
     * Issue 10: a file is stored in chunks and streamed back chunk by chunk: a file of several chunks and one
     * ending exactly on a chunk boundary come back byte for byte, with their head sent first.
     */
    @Test
    void a_file_of_several_chunks_is_streamed_back_byte_for_byte_with_its_head_first() throws Exception {
        login("admin");
        for (int size : new int[] {MaterialChunks.CHUNK * 3 + 17, MaterialChunks.CHUNK * 2}) {
            var pdf = TestDocuments.pdfOfSize("Stor fil", size);
            var id = library.publish("Stor fil " + size, null, Audience.EVERYONE, false, "stor.pdf", pdf);
            var version = library.versions(id).getFirst();
            var out = new java.io.ByteArrayOutputStream();
            var heads = new java.util.ArrayList<MaterialLibrary.FileHead>();
            library.download(version.id(), head -> {
                heads.add(head);
                assertThat(out.size()).as("the head comes before any byte").isZero();
                return out;
            });
            assertThat(heads).singleElement().satisfies(head -> {
                assertThat(head.size()).isEqualTo(pdf.length);
                assertThat(head.contentType()).isEqualTo("application/pdf");
                assertThat(head.fileName()).isEqualTo("stor.pdf");
            });
            assertThat(out.toByteArray()).isEqualTo(pdf);
        }
    }

    private byte[] downloaded(long versionId) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        library.download(versionId, head -> out);
        return out.toByteArray();
    }

    private static void assertRejected(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> FileKind.detect(name, bytes)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
