package dk.sambo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The start-up warnings for configurations that run but are not what an operator meant. */
class StartupChecksTest {

    @TempDir
    Path workingDirectory;

    @Test
    void the_embedded_database_without_the_demo_profile_is_warned_about() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:hsqldb:file:./data/sambo")
                .withProperty("portal.security.local-login", "true");

        assertThat(new StartupChecks(environment, workingDirectory).warnings()).singleElement().asString()
                .contains("HSQLDB").contains("PostgreSQL");
    }

    @Test
    void postgresql_with_an_identity_provider_gives_no_warning() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/sambo")
                .withProperty("spring.security.oauth2.client.registration.kolding.client-id", "portal");

        assertThat(new StartupChecks(environment, workingDirectory).warnings()).isEmpty();
    }

    @Test
    void the_demo_run_gives_no_warning() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:hsqldb:file:./data/sambo")
                .withProperty("portal.security.local-login", "true");
        environment.setActiveProfiles("demo");

        assertThat(new StartupChecks(environment, workingDirectory).warnings()).isEmpty();
    }

    @Test
    void a_profile_file_for_a_profile_that_is_not_active_is_named_as_ignored() throws IOException {
        Files.writeString(workingDirectory.resolve("application-prod.properties"), "server.port=9000\n");
        Files.createDirectories(workingDirectory.resolve("config"));
        Files.writeString(workingDirectory.resolve("config/application-demo.properties"), "x=1\n");
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/sambo")
                .withProperty("spring.security.oauth2.client.registration.kolding.client-id", "portal");
        environment.setActiveProfiles("demo");

        assertThat(new StartupChecks(environment, workingDirectory).warnings()).singleElement().asString()
                .startsWith("application-prod.properties bliver ikke læst: profilen 'prod' er ikke aktiv.")
                .contains("config/application.properties");
    }

    @Test
    void nobody_able_to_log_in_is_warned_about() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/sambo");

        assertThat(new StartupChecks(environment, workingDirectory).warnings()).singleElement().asString()
                .contains("ingen kan logge ind");
    }
}
