package dk.sambo.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Warnings at start for configurations that run but are almost certainly not what the operator meant (see
 * docs/operations.md). The portal has no {@code prod} profile: production is the default configuration plus the
 * operator's settings, so nothing depends on remembering {@code --spring.profiles.active}.
 * <ul>
 * <li>the embedded HSQLDB file database without the {@code demo} profile: production belongs on PostgreSQL;</li>
 * <li>an {@code application-<profile>.properties} (or {@code .yml}) in the working directory or its
 * {@code config/} folder for a profile that is not active: Spring Boot silently ignores it;</li>
 * <li>neither an identity provider nor local login: nobody can log in.</li>
 * </ul>
 */
@Component
class StartupChecks {

    private static final Logger LOG = LoggerFactory.getLogger(StartupChecks.class);
    private static final Pattern PROFILE_FILE = Pattern.compile("application-(.+)\\.(properties|ya?ml)");

    private final Environment environment;
    private final Path workingDirectory;

    @Autowired
    StartupChecks(Environment environment) {
        this(environment, Path.of("").toAbsolutePath());
    }

    StartupChecks(Environment environment, Path workingDirectory) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAtStart() {
        warnings().forEach(LOG::warn);
    }

    /** The warnings for this configuration, one line each (empty when all is as intended). */
    List<String> warnings() {
        var warnings = new ArrayList<String>();
        var profiles = Arrays.asList(environment.getActiveProfiles());
        var url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:hsqldb:file:") && !profiles.contains("demo")) {
            warnings.add("Portalen kører på den indlejrede HSQLDB-database (" + url + ") uden demo-profilen; i drift"
                    + " skal spring.datasource.url pege på PostgreSQL. / The portal runs on the embedded HSQLDB"
                    + " database without the demo profile; in production set spring.datasource.url to PostgreSQL"
                    + " (docs/operations.md).");
        }
        for (var folder : List.of(workingDirectory, workingDirectory.resolve("config"))) {
            for (var file : profileFiles(folder)) {
                var matcher = PROFILE_FILE.matcher(file.getFileName().toString());
                if (matcher.matches() && !profiles.contains(matcher.group(1))) {
                    warnings.add(workingDirectory.relativize(file) + " bliver ikke læst: profilen '"
                            + matcher.group(1) + "' er ikke aktiv. / " + workingDirectory.relativize(file)
                            + " is ignored: profile '" + matcher.group(1) + "' is not active. Put the settings in "
                            + "config/application.properties (docs/operations.md), or start with "
                            + "--spring.profiles.active=" + matcher.group(1) + ".");
                }
            }
        }
        var noProvider = !hasPropertyWithPrefix("spring.security.oauth2.client.registration.",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_");
        if (noProvider && !environment.getProperty("portal.security.local-login", Boolean.class, false)) {
            warnings.add("Ingen login-udbyder er sat op og lokalt login er slået fra: ingen kan logge ind. / No"
                    + " identity provider is configured and local login is off: nobody can log in"
                    + " (spring.security.oauth2.client.registration.*, docs/operations.md).");
        }
        return warnings;
    }

    /** Whether any property source has a property named with one of the prefixes (environment variables too). */
    private boolean hasPropertyWithPrefix(String... prefixes) {
        if (!(environment instanceof org.springframework.core.env.ConfigurableEnvironment configurable)) {
            return false;
        }
        for (var source : configurable.getPropertySources()) {
            if (source instanceof org.springframework.core.env.EnumerablePropertySource<?> enumerable
                    && Arrays.stream(enumerable.getPropertyNames())
                            .anyMatch(n -> Arrays.stream(prefixes).anyMatch(n::startsWith))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> profileFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> PROFILE_FILE.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
