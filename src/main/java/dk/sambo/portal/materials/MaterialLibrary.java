package dk.sambo.portal.materials;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
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
    private final MaterialContentRepository contents;
    private final CurrentPerson currentPerson;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final Clock clock;

    MaterialLibrary(MaterialRepository materials, MaterialVersionRepository versions,
            MaterialContentRepository contents, CurrentPerson currentPerson, OrganisationService organisation,
            AuditLog audit, Clock clock) {
        this.materials = materials;
        this.versions = versions;
        this.contents = contents;
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

    /** A file to hand out. */
    public record FileContent(String fileName, String contentType, byte[] bytes) {
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

    @PreAuthorize(PUBLISHERS)
    public long publish(String title, @Nullable String description, Audience audience, boolean launchPackage,
            String fileName, byte[] bytes) {
        if (title.isBlank()) {
            throw new MaterialRejectedException("materials.error.title");
        }
        PatientDataGuard.check("materials.title", title);
        if (description != null) {
            PatientDataGuard.check("materials.description", description);
        }
        var kind = FileKind.detect(fileName, bytes);
        var material = materials.save(new Material(title.strip(),
                description == null || description.isBlank() ? null : description.strip(), audience, launchPackage,
                clock.instant()));
        store(material.id(), 1, fileName, kind, bytes);
        audit.record("MATERIAL_PUBLISHED", "Material", material.id(), "audience=" + audience + " type=" + kind
                + " bytes=" + bytes.length);
        return material.id();
    }

    @PreAuthorize(PUBLISHERS)
    public long addVersion(long materialId, String fileName, byte[] bytes) {
        materials.findById(materialId).orElseThrow();
        var kind = FileKind.detect(fileName, bytes);
        int next = versions.maxVersion(materialId) + 1;
        var versionId = store(materialId, next, fileName, kind, bytes);
        audit.record("MATERIAL_VERSION_ADDED", "Material", materialId, "version=" + next + " type=" + kind
                + " bytes=" + bytes.length);
        return versionId;
    }

    /** Hands out a version's file and counts the download. */
    public FileContent download(long versionId) {
        var version = versions.findById(versionId).orElseThrow();
        var content = contents.findById(versionId).orElseThrow();
        versions.countDownload(versionId);
        audit.recordRead("material-download", "MaterialVersion", versionId, java.util.List.of());
        return new FileContent(version.fileName(), version.contentType(), content.content());
    }

    private long store(long materialId, int versionNo, String fileName, FileKind kind, byte[] bytes) {
        var me = currentPerson.id().orElse(null);
        var name = me == null ? "system" : organisation.person(me).map(PersonSummary::name).orElse("?");
        var safeName = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        var version = versions.save(new MaterialVersion(materialId, versionNo, safeName, kind, bytes.length,
                sha256(bytes), me, name, clock.instant()));
        contents.save(new MaterialContent(version.id(), bytes));
        return version.id();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entry entry(Object[] row) {
        var m = (Material) row[0];
        var v = (MaterialVersion) row[1];
        var total = row[2] == null ? 0L : ((Number) row[2]).longValue();
        return new Entry(m.id(), m.title(), m.description(), m.audience(), m.launchPackage(), v.toView(), total);
    }
}
