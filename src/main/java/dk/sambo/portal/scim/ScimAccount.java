package dk.sambo.portal.scim;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;

/**
 * A person provisioned (created or matched) by an organisation's identity provider: that organisation's SCIM
 * client sees and changes them, no other does. {@code externalId} is the provider's own id for the person.
 */
@Entity
@Table(name = "scim_account")
class ScimAccount extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "person_id", nullable = false, unique = true)
    private long personId;

    @Column(name = "external_id", length = 255)
    private @Nullable String externalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ScimAccount() {
    }

    ScimAccount(long organisationId, long personId, @Nullable String externalId, Instant createdAt) {
        this.organisationId = organisationId;
        this.personId = personId;
        this.externalId = externalId;
        this.createdAt = createdAt;
    }

    long getOrganisationId() {
        return organisationId;
    }

    long getPersonId() {
        return personId;
    }

    @Nullable
    String getExternalId() {
        return externalId;
    }

    void setExternalId(@Nullable String externalId) {
        this.externalId = externalId;
    }
}
