package dk.sambo.portal.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Re-keys the login-throttle rows written before V18_1: each plain, lower-cased login name becomes its HMAC key
 * ({@link LoginNameKeys}), so no typed name is left in the table. Uses the configured secret, or generates and
 * stores the database's own one. A Spring bean, so Flyway (configured by Spring Boot) runs it after V18_1.
 */
@Component
class V18_2__HashLoginThrottleNames extends BaseJavaMigration {

    private final String configured;

    V18_2__HashLoginThrottleNames(@Value("${" + LoginNameKeys.PROPERTY + ":}") String configured) {
        this.configured = configured;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        rekey(connection, LoginNameKeys.secret(connection, configured));
    }

    /**
     * Replaces every stored name by its key; returns how many rows it changed. A value that already is a key
     * ({@code hmac:} and 43 Base64 characters, which no login name is) is left alone, so a second run changes
     * nothing.
     */
    static int rekey(Connection connection, byte[] secret) throws SQLException {
        var names = new LinkedHashMap<Long, String>();
        try (var select = connection.createStatement();
                var rows = select.executeQuery("select id, username_key from login_throttle order by id")) {
            while (rows.next()) {
                if (!LoginNameKeys.KEY.matcher(rows.getString(2)).matches()) {
                    names.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        int changed = 0;
        try (var update = connection.prepareStatement("update login_throttle set username_key = ? where id = ?")) {
            for (var row : names.entrySet()) {
                update.setString(1, LoginNameKeys.key(secret, row.getValue()));
                update.setLong(2, row.getKey());
                changed += update.executeUpdate();
            }
        }
        return changed;
    }
}
