package dk.sambo.portal.organisation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import dk.sambo.portal.persistence.PostgresTestConfiguration;

/**
 * {@link OrganisationImportBenchmark} on PostgreSQL ({@code PORTAL_TEST_PG_URL}, wiped first). Run with
 * {@code ./mvnw test -Dtest=OrganisationImportPostgresBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = {"logging.level.root=warn", "logging.level.dk.sambo.portal.organisation=info"})
@ActiveProfiles({"test", "postgres-test"})
@Import(PostgresTestConfiguration.class)
class OrganisationImportPostgresBenchmark extends OrganisationImportBenchmark {
}
