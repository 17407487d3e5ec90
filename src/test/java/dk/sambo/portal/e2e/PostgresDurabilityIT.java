package dk.sambo.portal.e2e;

import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;

import dk.sambo.portal.persistence.PostgresAvailable;

/**
 * {@link DurabilityChecks} on PostgreSQL (the test database of {@link PostgresAvailable}, wiped first), with the
 * Lucene index in the portal's working folder.
 */
@ExtendWith(PostgresAvailable.class)
class PostgresDurabilityIT extends DurabilityChecks {

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + PostgresAvailable.URL,
                "--spring.datasource.username=" + PostgresAvailable.USER,
                "--spring.datasource.password=" + PostgresAvailable.PASSWORD);
    }

    @Override
    void emptyDatabase() throws Exception {
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
    }
}
