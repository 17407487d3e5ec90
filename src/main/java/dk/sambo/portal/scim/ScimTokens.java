package dk.sambo.portal.scim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.OrganisationService;

/**
 * Issues and checks the per-organisation SCIM bearer tokens. A token is 32 random bytes, shown once when it is
 * issued; the database keeps only its SHA-256 hash, so a copy of the database lets nobody provision.
 */
@Service
@Transactional
public class ScimTokens {

    static final String PREFIX = "sambo-scim-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScimTokenRepository tokens;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final Clock clock;

    ScimTokens(ScimTokenRepository tokens, OrganisationService organisations, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as the administrator sees it: never the secret. */
    public record TokenInfo(long id, long organisationId, String label, Instant createdAt,
            @Nullable Instant revokedAt) {
    }

    /** Issues a new token for an organisation; the returned secret is shown once and never again. */
    @PreAuthorize("hasRole('ADMIN')")
    public String issue(long organisationId, String label) {
        organisations.organisation(organisationId).orElseThrow();
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var token = tokens.save(new ScimToken(organisationId, hash(secret),
                label == null || label.isBlank() ? "SCIM" : label.strip(), clock.instant()));
        audit.record("SCIM_TOKEN_ISSUED", "Organisation", organisationId, "token=" + token.id());
        return secret;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long tokenId) {
        var token = tokens.findById(tokenId).orElseThrow();
        token.revoke(clock.instant());
        audit.record("SCIM_TOKEN_REVOKED", "Organisation", token.getOrganisationId(), "token=" + tokenId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TokenInfo> tokensOf(long organisationId) {
        return tokens.findByOrganisationIdOrderByIdDesc(organisationId).stream()
                .map(t -> new TokenInfo(t.id(), t.getOrganisationId(), t.getLabel(), t.getCreatedAt(),
                        t.getRevokedAt()))
                .toList();
    }

    /** The client a presented token belongs to; runs before anyone is authenticated. */
    @Transactional(readOnly = true)
    Optional<ScimToken> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(hash(secret));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
