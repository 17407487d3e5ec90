package dk.sambo.portal.persistence;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The PostgreSQL test database outlives a test run, so every run starts from an empty schema: all migrations run
 * again, then the demo data, exactly as on a new installation.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

    /** This JVM's test database ({@link PostgresAvailable#URL}: one per failsafe fork). */
    @Bean
    static DynamicPropertyRegistrar postgresTestDatabase() {
        return registry -> {
            registry.add("spring.datasource.url", () -> PostgresAvailable.URL);
            registry.add("spring.datasource.username", () -> PostgresAvailable.USER);
            registry.add("spring.datasource.password", () -> PostgresAvailable.PASSWORD);
        };
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
