package dk.sambo.portal.overview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The overview's statements that no one text serves on both databases (the atomic upserts: {@code ON CONFLICT}
 * on PostgreSQL, {@code MERGE} on HSQLDB), each a resource of its own per database, loaded by name:
 * {@code dk/sambo/portal/overview/sql/<vendor>/<name>.sql}, where the vendor is the id Flyway's
 * {@code db/migration/{vendor}} uses ({@code hsqldb}, {@code postgresql}). Java never switches on the dialect.
 */
final class VendorSql {

    private final String vendor;
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    VendorSql(DataSource dataSource) {
        this.vendor = vendorOf(dataSource);
    }

    /** The database's id as Spring Boot and Flyway's {@code {vendor}} placeholder name it. */
    static String vendorOf(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return DatabaseDriver.fromProductName(product).getId();
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database the overview runs on", e);
        }
    }

    String vendor() {
        return vendor;
    }

    /** The statement {@code name} for this database; fails at first use when the resource is missing. */
    String get(String name) {
        return statements.computeIfAbsent(name, this::load);
    }

    private String load(String name) {
        var path = "sql/" + vendor + "/" + name + ".sql";
        try (InputStream in = VendorSql.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No overview statement " + path + " for " + vendor);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
