package dk.sambo.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import dk.sambo.portal.persistence.PostgresAvailable;

/**
 * docs/operations.md as a region's IT department follows it: the production jar ({@code target/sambo-portal-*.jar},
 * built by {@code package} before the end-to-end tests run; only in {@code ./mvnw -Pproduction verify}, as only
 * a production build runs from the jar), started with {@code java -jar} in a JVM of its own,
 * from a folder with {@code config/application.properties} beside it holding only documented properties
 * (PostgreSQL, search index folder, an identity provider, the bootstrap administrator, the log file) and the
 * secrets as environment variables. It must migrate an empty PostgreSQL schema, come up, serve the login page
 * with the provider's button, send a login to the provider with a redirect URI on the configured address, let the
 * bootstrap administrator in through the provider (in Chromium), and stop cleanly on SIGTERM (as systemd does).
 */
@ExtendWith(PostgresAvailable.class)
class PackagedJarIT {

    private static final String SCHEMA = "packaged_jar";

    @TempDir
    Path dir;
    Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void the_packaged_jar_starts_from_a_folder_with_config_application_properties_and_serves_the_login_page()
            throws Exception {
        var jar = packagedJar();
        emptySchema();
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var issuer = TestIdentityProvider.issuer();
        var url = PostgresAvailable.URL + (PostgresAvailable.URL.contains("?") ? "&" : "?") + "currentSchema="
                + SCHEMA;
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/application.properties"), String.join("\n",
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + PostgresAvailable.USER,
                "spring.datasource.password=${DB_PASSWORD}",
                "spring.jpa.properties.hibernate.search.backend.directory.root=" + dir.resolve("index"),
                "portal.base-url=http://127.0.0.1:" + port,
                "server.port=" + port,
                "spring.security.oauth2.client.registration.testidp.client-name=Test-IdP fra config",
                "spring.security.oauth2.client.registration.testidp.client-id=" + TestIdentityProvider.CLIENT_ID,
                "spring.security.oauth2.client.registration.testidp.client-secret=${TESTIDP_SECRET}",
                "spring.security.oauth2.client.registration.testidp.scope=openid,profile,email",
                "spring.security.oauth2.client.provider.testidp.issuer-uri=" + issuer,
                "portal.bootstrap.admins=it-drift@rsyd.example",
                "logging.file.name=" + dir.resolve("logs/portal.log"),
                ""));
        var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (Runtime.version().feature() >= 22) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.log").toFile());
        builder.environment().put("DB_PASSWORD", PostgresAvailable.PASSWORD);
        builder.environment().put("TESTIDP_SECRET", TestIdentityProvider.CLIENT_SECRET);
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));

        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var login = awaitLoginPage(http, port);

        assertThat(login.statusCode()).isEqualTo(200);
        var console = Files.readString(dir.resolve("console.log"));
        assertThat(console).contains("Started Application").contains("Successfully applied")
                // The warnings of StartupChecks: embedded database, nobody able to log in, ignored profile files.
                .doesNotContain("HSQLDB").doesNotContain("ingen kan logge ind").doesNotContain("bliver ikke læst");
        assertThat(dir.resolve("logs/portal.log")).exists();

        var toProvider = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/oauth2/authorization/testidp")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(toProvider.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(issuer + "/oauth2/authorize")
                .contains("redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/testidp"));

        // The bootstrap administrator logs in through the provider's button in a real browser and lands on "/".
        TestIdentityProvider.claims("packaged-admin", "Ida IT-drift", "it-drift@rsyd.example", true);
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getenv().getOrDefault("PORTAL_TEST_CHROMIUM",
                            "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            var page = browser.newPage();
            page.setDefaultTimeout(60_000);
            page.navigate("http://127.0.0.1:" + port + "/login");
            page.getByText("Test-IdP fra config").first().click();
            page.waitForURL(issuer + "/login**");
            page.fill("input[name=username]", "packaged-admin");
            page.fill("input[name=password]", TestIdentityProvider.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL("http://127.0.0.1:" + port + "/");
            PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
            PlaywrightAssertions.assertThat(page.getByText("Ida IT-drift").first()).isVisible();
            browser.close();
        }
        try (var connection = DriverManager.getConnection(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from audit_event where action = "
                        + "'BOOTSTRAP_ADMIN_GRANTED'")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(1);
        }

        // systemd stops the service with SIGTERM; the unit file's SuccessExitStatus=143 expects that exit code.
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isIn(0, 143);
    }

    private static Path packagedJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            var jars = files.filter(p -> p.getFileName().toString().matches("sambo-portal-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).toList();
            assertThat(jars).as("the jar that `package` builds before the end-to-end tests run").hasSize(1);
            var jar = jars.getFirst().toAbsolutePath();
            // Only a production build runs from the jar (no vaadin-dev in it): ./mvnw -Pproduction verify.
            try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
                var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
                assertThat(info).as("flow-build-info.json in %s", jar).isNotNull();
                assertThat(new String(zip.getInputStream(info).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .as("%s must be a production build: run ./mvnw -Pproduction verify", jar)
                        .containsPattern("\"productionMode\"\\s*:\\s*true");
            }
            return jar;
        }
    }

    private static void emptySchema() throws Exception {
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private HttpResponse<String> awaitLoginPage(HttpClient http, int port) throws Exception {
        // About 40 s on a quiet 2-core machine (Flyway on an empty schema, then the search index); far more loaded.
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("portal process alive; its output:\n%s",
                    Files.exists(dir.resolve("console.log")) ? tail() : "").isTrue();
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .timeout(Duration.ofSeconds(20)).header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The packaged portal did not answer within 6 minutes:\n" + tail());
    }

    private String tail() throws IOException {
        var lines = Files.readAllLines(dir.resolve("console.log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
