package dk.sambo.portal.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dk.sambo.portal.shared.RuleViolation;

/**
 * The file types the library accepts, recognised by their bytes: a PDF header, or an Office Open XML package
 * (a ZIP whose {@code [Content_Types].xml} declares a Word document or PowerPoint presentation main part).
 * The name's extension must agree with the content; macro-enabled Office files are refused. The header only
 * decides which parser to try: {@link FileInspection} then parses the whole file as that format.
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
    /** Unpacked, one XML part may be at most this large (the parsers hold it as a tree): zip bombs stop here. */
    static final long MAX_XML_PART_BYTES = 32L * 1024 * 1024;
    /** Unpacked, the whole package may be at most this large. */
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;

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

    /** What the bytes say the file is, or a rejection with a translation key the person can act on. */
    static FileKind detect(String fileName, byte[] bytes) {
        try {
            var file = Files.createTempFile("sambo-material-", ".bin");
            try {
                Files.write(file, bytes);
                return detect(fileName, file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #detect(String, byte[])}, reading the file from disk without loading it into memory. */
    static FileKind detect(String fileName, Path file) {
        long size;
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw RuleViolation.of("file", "materials.error.empty");
        }
        if (size > MAX_BYTES) {
            throw RuleViolation.of("file", "materials.error.too-large");
        }
        FileKind kind;
        if (startsWith(head, PDF_MAGIC)) {
            kind = PDF;
        } else if (startsWith(head, ZIP_MAGIC)) {
            kind = officeKind(file);
        } else {
            throw RuleViolation.of("file", "materials.error.type");
        }
        var name = fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith("." + kind.extension)) {
            throw RuleViolation.of("file", "materials.error.extension");
        }
        return kind;
    }

    /**
     * Walks the whole archive once: a bounded read of {@code [Content_Types].xml}, a bounded number of entries,
     * and every entry unpacked into nothing while counting, so an archive that unpacks to gigabytes (a zip bomb)
     * is refused before any parser builds a tree of it.
     */
    private static FileKind officeKind(Path file) {
        String contentTypes = null;
        boolean word = false;
        boolean presentation = false;
        int entries = 0;
        long unpacked = 0;
        try (var zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw RuleViolation.of("file", "materials.error.type");
                }
                var name = entry.getName();
                long size;
                if (name.equals("[Content_Types].xml")) {
                    // Read at most a bounded amount: a crafted archive must not exhaust memory.
                    var content = zip.readNBytes(MAX_CONTENT_TYPES_BYTES);
                    contentTypes = new String(content, StandardCharsets.UTF_8);
                    size = content.length + count(zip, MAX_XML_PART_BYTES);
                } else {
                    if (name.equals("word/document.xml")) {
                        word = true;
                    } else if (name.equals("ppt/presentation.xml")) {
                        presentation = true;
                    }
                    boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                    size = count(zip, xml ? MAX_XML_PART_BYTES : MAX_UNPACKED_BYTES);
                    if (xml && size > MAX_XML_PART_BYTES) {
                        throw RuleViolation.of("file", "materials.error.type");
                    }
                }
                unpacked += size;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    throw RuleViolation.of("file", "materials.error.type");
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            throw RuleViolation.of("file", "materials.error.type");
        }
        if (contentTypes == null) {
            throw RuleViolation.of("file", "materials.error.type");
        }
        if (contentTypes.contains("macroEnabled")) {
            throw RuleViolation.of("file", "materials.error.macro");
        }
        if (word && contentTypes.contains("wordprocessingml.document.main+xml")) {
            return DOCX;
        }
        if (presentation && contentTypes.contains("presentationml.presentation.main+xml")) {
            return PPTX;
        }
        throw RuleViolation.of("file", "materials.error.type");
    }

    /** Reads the rest of the current entry into nothing; stops counting a little past {@code limit}. */
    private static long count(InputStream in, long limit) throws IOException {
        var buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                return total;
            }
        }
        return total;
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
