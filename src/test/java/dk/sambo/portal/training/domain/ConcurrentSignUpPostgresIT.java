package dk.sambo.portal.training.domain;

import java.sql.DriverManager;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.sambo.portal.TestClock;
import dk.sambo.portal.persistence.PostgresAvailable;
import dk.sambo.portal.TestClockConfiguration;
import dk.sambo.portal.organisation.OrganisationService;

/**
 * The same 200-for-50 sign-up race on PostgreSQL, where row locks behave differently from HSQLDB. Uses the
 * project's PostgreSQL test database (localhost:5432/sambo_test, user and password sambo; override with
 * PORTAL_TEST_PG_URL/USER/PASSWORD) in a schema of its own that is cleaned first, so it never touches other tests'
 * data. Skipped, not failed, when no PostgreSQL answers (CI starts one).
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import({TestClockConfiguration.class, ConcurrentSignUpPostgresIT.CleanSchema.class})
class ConcurrentSignUpPostgresIT {

    static final String SCHEMA = "training_concurrency";

    static String url() {
        var url = PostgresAvailable.URL;
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    static String user() {
        return PostgresAvailable.USER;
    }

    static String password() {
        return PostgresAvailable.PASSWORD;
    }

    /**
     * Each Spring context with Vaadin installs its own security-context strategy in the static
     * {@code SecurityContextHolder}; this class's own context would otherwise stay installed and the shared
     * portal test context would no longer see its logins. Put back whatever was there before.
     */
    private static final SecurityContextHolderStrategy OUTER_STRATEGY = SecurityContextHolder
            .getContextHolderStrategy();

    @AfterAll
    static void restoreSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(OUTER_STRATEGY);
    }

    @BeforeAll
    static void postgresAnswers() {
        try (var connection = DriverManager.getConnection(url(), user(), password())) {
            Assumptions.assumeTrue(connection.isValid(5));
        } catch (java.sql.SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI requires the PostgreSQL test database", e);
            }
            Assumptions.abort("No PostgreSQL test database: " + e.getMessage());
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ConcurrentSignUpPostgresIT::url);
        registry.add("spring.datasource.username", ConcurrentSignUpPostgresIT::user);
        registry.add("spring.datasource.password", ConcurrentSignUpPostgresIT::password);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "12");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        registry.add("spring.flyway.clean-disabled", () -> "false");
    }

    /** Starts from an empty schema every run, so the demo data and migrations are those of this build. */
    @TestConfiguration
    static class CleanSchema {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }

    @Autowired
    TrainingSessions trainingSessions;

    @Autowired
    SignUps signUps;
    @Autowired
    RegistrationRepository registrations;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    @Test
    void two_hundred_concurrent_sign_ups_for_fifty_seats_give_fifty_seats_and_a_waitlist_in_order_on_postgresql()
            throws Exception {
        ConcurrentSignUps.run(trainingSessions, signUps, registrations, organisation, users, clock);
    }
}
