package dk.sambo.portal.scim;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.audit.Actor;

/** The authenticated SCIM client: one organisation's identity provider. Named so in the audit trail. */
record ScimClient(long organisationId, long tokenId) implements Actor {

    @Override
    public @Nullable Long personId() {
        return null;
    }

    @Override
    public String displayName() {
        return "SCIM organisation " + organisationId + " token " + tokenId;
    }
}
