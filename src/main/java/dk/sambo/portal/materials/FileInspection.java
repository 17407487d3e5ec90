package dk.sambo.portal.materials;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataGuard;

/**
 * The whole file must parse as the format its first bytes claim, and its text must hold no CPR number: a PDF is
 * opened with Apache PDFBox (at least one page, and nothing but white space after its last {@code %%EOF}, so an
 * executable or HTML page behind a PDF header is refused), a DOCX or PPTX with Apache POI. The text (PDF pages;
 * Word body, tables, headers and footers; slides, notes and comments) goes through {@link PatientDataGuard}, as
 * any text a person types. Parsers read from the file on disk; nothing holds the file in memory.
 */
final class FileInspection {

    private static final int TAIL_BYTES = 1024;

    static {
        // POI's own zip-bomb guard, in line with the archive walk in FileKind.
        ZipSecureFile.setMaxEntrySize(FileKind.MAX_UNPACKED_BYTES);
    }

    private FileInspection() {
    }

    /** The file's kind once it parsed; refuses a file that does not, or whose text holds a CPR number. */
    static FileKind inspect(String fileName, Path file) {
        var kind = FileKind.detect(fileName, file);
        var text = switch (kind) {
            case PDF -> pdfText(file);
            case DOCX -> docxText(file);
            case PPTX -> pptxText(file);
        };
        PatientDataGuard.check("materials.file", text);
        return kind;
    }

    private static String pdfText(Path file) {
        if (!endsWithEof(file)) {
            throw RuleViolation.of("file", "materials.error.type");
        }
        try (var document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() < 1) {
                throw RuleViolation.of("file", "materials.error.type");
            }
            return new PDFTextStripper().getText(document);
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof RuleViolation rejected) {
                throw rejected;
            }
            throw RuleViolation.of("file", "materials.error.type");
        }
    }

    /** A PDF ends with {@code %%EOF} (and perhaps a line break): anything appended after it is not PDF. */
    private static boolean endsWithEof(Path file) {
        try (var raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int tail = (int) Math.min(TAIL_BYTES, length);
            var bytes = new byte[tail];
            raf.seek(length - tail);
            raf.readFully(bytes);
            var text = new String(bytes, StandardCharsets.ISO_8859_1);
            int eof = text.lastIndexOf("%%EOF");
            return eof >= 0 && text.substring(eof + 5).isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    private static String docxText(Path file) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            var document = new XWPFDocument(pkg);
            return new XWPFWordExtractor(document).getText();
        } catch (Exception broken) {
            throw RuleViolation.of("file", "materials.error.type");
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static String pptxText(Path file) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            var slides = new XMLSlideShow(pkg);
            var extractor = new SlideShowExtractor<>(slides);
            extractor.setSlidesByDefault(true);
            extractor.setNotesByDefault(true);
            extractor.setCommentsByDefault(true);
            extractor.setMasterByDefault(false);
            return extractor.getText();
        } catch (Exception broken) {
            throw RuleViolation.of("file", "materials.error.type");
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }
}
