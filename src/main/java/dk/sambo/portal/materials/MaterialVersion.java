package dk.sambo.portal.materials;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/** One uploaded file of a material. The bytes are in {@link MaterialChunks}, so listing never loads them. */
@Entity
@Table(name = "material_version")
class MaterialVersion extends AbstractEntity {

    @Column(name = "material_id", nullable = false)
    private long materialId;
    @Column(name = "version_no", nullable = false)
    private int versionNo;
    @Column(name = "file_name", nullable = false)
    @NoPatientData private String fileName = "";
    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType = "";
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false, length = 64)
    private String sha256 = "";
    @Column(name = "uploaded_by")
    private @Nullable Long uploadedBy;
    @Column(name = "uploaded_by_name", nullable = false, length = 200)
    private String uploadedByName = "";
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.EPOCH;
    @Column(nullable = false)
    private long downloads;

    protected MaterialVersion() {
    }

    MaterialVersion(long materialId, int versionNo, String fileName, FileKind kind, long sizeBytes, String sha256,
            @Nullable Long uploadedBy, String uploadedByName, Instant uploadedAt) {
        this.materialId = materialId;
        this.versionNo = versionNo;
        this.fileName = fileName;
        this.contentType = kind.contentType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    /** Demo data only: downloads counted before the demo starts. */
    void presetDownloads(long downloads) {
        this.downloads = downloads;
    }

    long materialId() {
        return materialId;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    MaterialLibrary.Version toView() {
        return new MaterialLibrary.Version(id(), materialId, versionNo, fileName, contentType, sizeBytes,
                uploadedByName, uploadedAt, downloads);
    }
}
