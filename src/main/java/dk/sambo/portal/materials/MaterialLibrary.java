package dk.sambo.portal.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataGuard;

/**
 * The materials library. Every logged-in person reads and downloads; the cluster levels and administrators
 * publish materials and new versions (they pass the launch package on). Files are checked by content and size
 * before anything is stored.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MaterialLibrary {

    static final String PUBLISHERS = "hasAnyRole('STRATEGIC', 'IMPLEMENTING', 'ADMIN')";

    private final MaterialRepository materials;
    private final MaterialVersionRepository versions;
    private final MaterialChunks chunks;
    private final TransactionTemplate transaction;
    private final CurrentPerson currentPerson;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final Clock clock;
    /** The antivirus step (issue 10, ASVS 5.4.3), off unless {@code portal.security.antivirus.mode=clamd}. */
    private final dk.sambo.portal.security.MalwareScan malware;

    MaterialLibrary(MaterialRepository materials, MaterialVersionRepository versions,
            MaterialChunks chunks, CurrentPerson currentPerson, OrganisationService organisation,
            AuditLog audit, Clock clock, PlatformTransactionManager transactions,
            dk.sambo.portal.security.MalwareScan malware) {
        this.malware = malware;
        this.materials = materials;
        this.versions = versions;
        this.chunks = chunks;
        this.transaction = new TransactionTemplate(transactions);
        this.currentPerson = currentPerson;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** A material with its latest version. */
    public record Entry(long id, String title, @Nullable String description, Audience audience,
            boolean launchPackage, Version latest, long totalDownloads) {
    }

    /** One version's metadata. */
    public record Version(long id, long materialId, int versionNo, String fileName, String contentType,
            long sizeBytes, String uploadedBy, Instant uploadedAt, long downloads) {
    }

    /** A file to hand out: its name, type and length, sent before its bytes. */
    public record FileHead(String fileName, String contentType, long size) {
    }

    /** Where a download's bytes go once its head is known (e.g. the HTTP response after its headers are set). */
    @FunctionalInterface
    public interface DownloadTarget {
        OutputStream open(FileHead head) throws IOException;
    }

    @Transactional(readOnly = true)
    public List<Entry> list(@Nullable Audience audience) {
        return materials.findLatest(audience == null, audience == null ? Audience.EVERYONE : audience, false)
                .stream().map(MaterialLibrary::entry).toList();
    }

    /** The launch package: what the clusters pass on to the organisations (seed 000). */
    @Transactional(readOnly = true)
    public List<Entry> launchPackage() {
        return materials.findLatest(true, Audience.EVERYONE, true).stream().map(MaterialLibrary::entry)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Version> versions(long materialId) {
        return versions.findByMaterialIdOrderByVersionNoDesc(materialId).stream().map(MaterialVersion::toView)
                .toList();
    }

    /** Publishes a new material whose first version is the file at {@code file} (an upload's temporary file). */
    @PreAuthorize(PUBLISHERS)
    public long publish(String title, @Nullable String description, Audience audience, boolean launchPackage,
            String fileName, Path file) {
        if (title.isBlank()) {
            throw RuleViolation.of("title", "materials.error.title");
        }
        PatientDataGuard.check("materials.title", title);
        if (description != null) {
            PatientDataGuard.check("materials.description", description);
        }
        PatientDataGuard.check("materials.file-name", fileName);
        var kind = FileInspection.inspect(fileName, file);
        scanForMalware(fileName, file);
        var material = materials.save(new Material(title.strip(),
                description == null || description.isBlank() ? null : description.strip(), audience, launchPackage,
                clock.instant()));
        long size = store(material.id(), 1, fileName, kind, file);
        audit.record("MATERIAL_PUBLISHED", "Material", material.id(), "audience=" + audience + " type=" + kind
                + " bytes=" + size);
        return material.id();
    }

    /** As {@link #publish(String, String, Audience, boolean, String, Path)}, for a small file already in memory. */
    @PreAuthorize(PUBLISHERS)
    public long publish(String title, @Nullable String description, Audience audience, boolean launchPackage,
            String fileName, byte[] bytes) {
        return withTempFile(bytes, file -> publish(title, description, audience, launchPackage, fileName, file));
    }

    @PreAuthorize(PUBLISHERS)
    public long addVersion(long materialId, String fileName, Path file) {
        materials.findById(materialId).orElseThrow();
        PatientDataGuard.check("materials.file-name", fileName);
        var kind = FileInspection.inspect(fileName, file);
        scanForMalware(fileName, file);
        int next = versions.maxVersion(materialId) + 1;
        var versionId = versions.save(newVersion(materialId, next, fileName, kind, file)).id();
        versions.flush();
        insertContent(versionId, file);
        audit.record("MATERIAL_VERSION_ADDED", "Material", materialId, "version=" + next + " type=" + kind
                + " bytes=" + size(file));
        return versionId;
    }

    @PreAuthorize(PUBLISHERS)
    public long addVersion(long materialId, String fileName, byte[] bytes) {
        return withTempFile(bytes, file -> addVersion(materialId, fileName, file));
    }

    /**
     * Hands out a version's file and counts the download: the head goes to {@code target}, then the bytes are
     * streamed from the database into the stream it opens, one chunk at a time ({@link MaterialChunks}), so a
     * file is never held in memory (issue 10). Counting runs in a short transaction of its own; the transfer
     * holds no transaction, so a slow reader keeps no database connection between chunks.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FileHead download(long versionId, DownloadTarget target) throws IOException {
        var head = transaction.execute(status -> {
            var version = versions.findById(versionId).orElseThrow();
            versions.countDownload(versionId);
            audit.recordRead("material-download", "MaterialVersion", versionId, java.util.List.of());
            return new FileHead(version.fileName(), version.contentType(), version.sizeBytes());
        });
        try (var out = target.open(head)) {
            chunks.copyTo(versionId, out);
        }
        return head;
    }

    private long store(long materialId, int versionNo, String fileName, FileKind kind, Path file) {
        var version = versions.save(newVersion(materialId, versionNo, fileName, kind, file));
        versions.flush();
        insertContent(version.id(), file);
        return size(file);
    }

    private MaterialVersion newVersion(long materialId, int versionNo, String fileName, FileKind kind, Path file) {
        var me = currentPerson.id().orElse(null);
        var name = me == null ? "system" : organisation.person(me).map(PersonSummary::name).orElse("?");
        var safeName = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return new MaterialVersion(materialId, versionNo, safeName, kind, size(file), sha256(file), me, name,
                clock.instant());
    }

    /** Streams the file from disk into the version's chunks, one chunk in memory at a time. */
    private void insertContent(long versionId, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            chunks.write(versionId, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void scanForMalware(String fileName, Path file) {
        try {
            malware.check(fileName, file);
        } catch (dk.sambo.portal.security.MalwareScan.Refused refused) {
            throw RuleViolation.of("file", refused.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long withTempFile(byte[] bytes, java.util.function.ToLongFunction<Path> action) {
        Path file = null;
        try {
            file = Files.createTempFile("sambo-material-", ".bin");
            Files.write(file, bytes);
            return action.applyAsLong(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its temp folder
                }
            }
        }
    }

    private static Entry entry(Object[] row) {
        var m = (Material) row[0];
        var v = (MaterialVersion) row[1];
        var total = row[2] == null ? 0L : ((Number) row[2]).longValue();
        return new Entry(m.id(), m.title(), m.description(), m.audience(), m.launchPackage(), v.toView(), total);
    }
}
