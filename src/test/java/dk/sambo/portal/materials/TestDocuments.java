package dk.sambo.portal.materials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real documents generated in the test: a PDF with PDFBox, a DOCX and a PPTX with Apache POI. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static byte[] pdf(String... lines) throws IOException {
        return pdf(true, lines);
    }

    /**
     * The same PDF with its page's text stored as it is, not deflated: a byte-level scanner (an antivirus engine's
     * body signature) sees the text in the file's bytes.
     */
    public static byte[] pdfWithUncompressedText(String... lines) throws IOException {
        return pdf(false, lines);
    }

    private static byte[] pdf(boolean compressed, String... lines) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE,
                    compressed)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                for (var line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A real PDF (one page of text) of at least {@code size} bytes: the rest is a stream of pseudo-random bytes
     * that nothing displays (an entry of the catalogue), so text extraction stays quick however big the file is.
     */
    public static byte[] pdfOfSize(String line, int size) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream(size + 4096)) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            var padding = document.getDocument().createCOSStream();
            var random = new java.util.Random(size);
            try (var raw = padding.createRawOutputStream()) {
                var buffer = new byte[64 * 1024];
                for (int written = 0; written < size; written += buffer.length) {
                    random.nextBytes(buffer);
                    raw.write(buffer, 0, Math.min(buffer.length, size - written));
                }
            }
            document.getDocumentCatalog().getCOSObject().setItem(
                    org.apache.pdfbox.cos.COSName.getPDFName("SamboPadding"), padding);
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String paragraph, String footer) throws IOException {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(paragraph);
            var table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Emne");
            table.getRow(0).getCell(1).setText("Udskrivning");
            document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph()
                    .createRun().setText(footer);
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pptx(String slideText, String notes) throws IOException {
        try (var slides = new XMLSlideShow(); var out = new ByteArrayOutputStream()) {
            var slide = slides.createSlide();
            var box = slide.createTextBox();
            box.setAnchor(new java.awt.Rectangle(50, 50, 400, 100));
            box.setText(slideText);
            var notesSlide = slides.getNotesSlide(slide);
            notesSlide.getPlaceholders()[1].setText(notes);
            slides.write(out);
            return out.toByteArray();
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        var out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
