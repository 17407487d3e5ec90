package dk.sambo.portal.scim;

import dk.sambo.portal.shared.privacy.NoPatientData;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;

/** A bearer token one organisation's identity provider provisions with; only its SHA-256 hash is kept. */
@Entity
@Table(name = "scim_token")
class ScimToken extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash = "";

    @Column(nullable = false, length = 200)
    @NoPatientData
    private String label = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ScimToken() {
    }

    ScimToken(long organisationId, String tokenHash, String label, Instant createdAt) {
        this.organisationId = organisationId;
        this.tokenHash = tokenHash;
        this.label = label;
        this.createdAt = createdAt;
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getLabel() {
        return label;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getRevokedAt() {
        return revokedAt;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }
}
