package dk.sambo.portal.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one version, apart from its metadata. Never changed once written. */
@Entity
@Table(name = "material_content")
class MaterialContent {

    @Id
    @Column(name = "version_id")
    private Long versionId;

    @Column(nullable = false, length = 26214400)
    private byte[] content;

    protected MaterialContent() {
        this.versionId = 0L;
        this.content = new byte[0];
    }

    MaterialContent(long versionId, byte[] content) {
        this.versionId = versionId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
