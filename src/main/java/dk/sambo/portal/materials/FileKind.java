package dk.sambo.portal.materials;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types the library accepts, recognised by their bytes: a PDF header, or an Office Open XML package
 * (a ZIP whose {@code [Content_Types].xml} declares a Word document or PowerPoint presentation main part).
 * The name's extension must agree with the content; macro-enabled Office files are refused.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

    /** 25 MB: the largest file the library takes. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** What the bytes are, or a rejection with a translation key the person can act on. */
    static FileKind detect(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new MaterialRejectedException("materials.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new MaterialRejectedException("materials.error.too-large");
        }
        FileKind kind;
        if (startsWith(bytes, PDF_MAGIC)) {
            kind = PDF;
        } else if (startsWith(bytes, ZIP_MAGIC)) {
            kind = officeKind(bytes);
        } else {
            throw new MaterialRejectedException("materials.error.type");
        }
        var name = fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith("." + kind.extension)) {
            throw new MaterialRejectedException("materials.error.extension");
        }
        return kind;
    }

    private static FileKind officeKind(byte[] bytes) {
        String contentTypes = null;
        boolean word = false;
        boolean presentation = false;
        int entries = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new MaterialRejectedException("materials.error.type");
                }
                var name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    // Read at most a bounded amount: a crafted archive must not exhaust memory.
                    var content = zip.readNBytes(MAX_CONTENT_TYPES_BYTES);
                    contentTypes = new String(content, StandardCharsets.UTF_8);
                } else if (name.equals("word/document.xml")) {
                    word = true;
                } else if (name.equals("ppt/presentation.xml")) {
                    presentation = true;
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            throw new MaterialRejectedException("materials.error.type");
        }
        if (contentTypes == null) {
            throw new MaterialRejectedException("materials.error.type");
        }
        if (contentTypes.contains("macroEnabled")) {
            throw new MaterialRejectedException("materials.error.macro");
        }
        if (word && contentTypes.contains("wordprocessingml.document.main+xml")) {
            return DOCX;
        }
        if (presentation && contentTypes.contains("presentationml.presentation.main+xml")) {
            return PPTX;
        }
        throw new MaterialRejectedException("materials.error.type");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
