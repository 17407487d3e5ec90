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

/** A document in the library; its files are its versions. */
@Entity
@Table(name = "material")
class Material extends AbstractEntity {

    @Column(nullable = false, length = 200)
    @NoPatientData private String title = "";
    @Column(length = 2000)
    @NoPatientData private @Nullable String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Audience audience = Audience.EVERYONE;
    @Column(name = "launch_package", nullable = false)
    private boolean launchPackage;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected Material() {
    }

    Material(String title, @Nullable String description, Audience audience, boolean launchPackage, Instant at) {
        this.title = title;
        this.description = description;
        this.audience = audience;
        this.launchPackage = launchPackage;
        this.createdAt = at;
    }

    String title() {
        return title;
    }

    @Nullable String description() {
        return description;
    }

    Audience audience() {
        return audience;
    }

    boolean launchPackage() {
        return launchPackage;
    }
}
