package dk.sambo.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key under which the login throttle counts failures for a typed login name: an HMAC-SHA256 of the name
 * (stripped, lower-cased) with a secret, never the name itself, so a CPR number typed into the user-name field is
 * not stored (issue 10). Equal names give equal keys on every node; without the secret nobody can test guesses
 * against the stored keys.
 *
 * <p>The secret is {@code portal.security.login-name-secret} when configured (at least 32 characters). Otherwise
 * one is generated once (32 random bytes) and kept in the table {@code login_name_secret}, so every node and every
 * restart uses the same one. Changing the secret only makes the current counts start again from zero.
 */
@Component
public class LoginNameKeys {

    static final String PROPERTY = "portal.security.login-name-secret";
    static final String PREFIX = "hmac:";
    /** What a key looks like; no login name does (a colon and 43 Base64 characters). */
    static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("hmac:[A-Za-z0-9_-]{43}");
    private static final int MIN_CONFIGURED = 32;

    private final DataSource dataSource;
    private final String configured;
    private volatile byte @Nullable [] secret;

    LoginNameKeys(DataSource dataSource, @Value("${" + PROPERTY + ":}") String configured) {
        this.dataSource = dataSource;
        this.configured = configured;
        if (!configured.isEmpty() && configured.length() < MIN_CONFIGURED) {
            throw new IllegalStateException(PROPERTY + " must be at least " + MIN_CONFIGURED + " characters long");
        }
    }

    /**
     * The key of a typed login name: {@code hmac:} and the 32-byte HMAC in URL-safe Base64 (48 characters, short
     * enough for the audit trail's object id).
     */
    public String key(@Nullable String typedName) {
        return key(secret(), typedName);
    }

    static String key(byte[] secret, @Nullable String typedName) {
        var name = typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT);
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return PREFIX + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(name.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] secret() {
        var known = secret;
        if (known == null) {
            synchronized (this) {
                known = secret;
                if (known == null) {
                    try (var connection = dataSource.getConnection()) {
                        known = secret(connection, configured);
                    } catch (SQLException e) {
                        throw new IllegalStateException("Could not read the login-name secret", e);
                    }
                    secret = known;
                }
            }
        }
        return known;
    }

    /**
     * The configured secret, or the one kept in the database, generating and storing it on first use. Also used
     * by the migration that re-keys older rows (same connection, same transaction).
     */
    static byte[] secret(Connection connection, String configured) throws SQLException {
        if (!configured.isEmpty()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        var stored = stored(connection);
        if (stored != null) {
            return stored;
        }
        var fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try (var insert = connection.prepareStatement("insert into login_name_secret (id, secret) values (1, ?)")) {
            insert.setString(1, Base64.getEncoder().encodeToString(fresh));
            insert.executeUpdate();
            return fresh;
        } catch (SQLException raced) {
            // Another node stored one at the same moment (the runtime path is auto-commit): use that one.
            var other = stored(connection);
            if (other == null) {
                throw raced;
            }
            return other;
        }
    }

    private static byte @Nullable [] stored(Connection connection) throws SQLException {
        try (var select = connection.createStatement();
                var rows = select.executeQuery("select secret from login_name_secret where id = 1")) {
            return rows.next() ? Base64.getDecoder().decode(rows.getString(1)) : null;
        }
    }
}
