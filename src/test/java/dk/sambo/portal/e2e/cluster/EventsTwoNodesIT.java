package dk.sambo.portal.e2e.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.WebClient;
import dk.sambo.portal.persistence.PostgresAvailable;

/**
 * Two portal nodes, each its own JVM ({@link ClusterNode}), on one PostgreSQL database (the test database of
 * {@link PostgresAvailable}, wiped first), as behind a balancer (issue 12). What one node does reaches the
 * people on the other through the cluster channel (PostgreSQL {@code LISTEN/NOTIFY}); a node that lost the channel
 * re-checks its sessions and rings the bells it missed; the culture bearer's open queue follows questions asked on
 * the other node; a killed node's people are told on the other node that their session moved; a node
 * being stopped reports not-ready and finishes its running request. The methods run in order: the last two stop
 * the nodes.
 */
@ExtendWith(PostgresAvailable.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsTwoNodesIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PORTAL_TEST_CHROMIUM",
            "/usr/bin/chromium"));
    private static final Pattern BADGE_NUMBER = Pattern.compile("\\d+");

    @TempDir
    static Path dir;

    static ClusterNode a;
    static ClusterNode b;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
        // One after the other: the first migrates the schema and loads the demo organisation, the second finds it.
        a = ClusterNode.start(dir, "node-a", database("--portal.shutdown.drain-delay=0s"));
        b = ClusterNode.start(dir, "node-b", database("--portal.shutdown.drain-delay=3s",
                "--portal.cluster.reconnect-delay=4s"));
    }

    private static List<String> database(String... more) {
        var arguments = new ArrayList<>(List.of("--spring.datasource.url=" + PostgresAvailable.URL,
                "--spring.datasource.username=" + PostgresAvailable.USER,
                "--spring.datasource.password=" + PostgresAvailable.PASSWORD,
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"));
        arguments.addAll(List.of(more));
        return arguments;
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    @Order(1)
    void deactivating_a_person_on_node_a_ends_their_session_on_node_b_within_two_seconds() throws Exception {
        var person = a.call("newperson deact1");
        var onB = new PortalHttp(b.port());
        var nursesBrowser = loggedIn(onB, person[1]);

        a.call("deactivate deact1 " + person[0]);

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> !onB.reachesStartPage(nursesBrowser));
        // Ended by this node, not lost with another one: the ordinary login page, not "your session moved".
        var answer = nursesBrowser.get(onB.uri("/"));
        assertThat(answer.redirectTarget().toString()).endsWith("/login");
    }

    @Test
    @Order(2)
    void a_question_asked_on_node_a_rings_the_bell_of_the_culture_bearer_on_node_b_without_reload() {
        try (var context = newBrowserContext()) {
            var page = context.newPage();
            login(page, b, "kulturbaerer", "demo");
            var badge = page.locator(".notification-bell .notification-badge");
            page.locator(".notification-bell > vaadin-button").waitFor();
            int before = count(badge.textContent());
            page.evaluate("() => { window.__sameDocument = true; }");

            call(a, "ask bell1");

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> count(badge.textContent()) > before);
            assertThat(page.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
        }
    }

    @Test
    @Order(3)
    void a_question_asked_on_node_a_appears_in_the_culture_bearers_open_queue_on_node_b_within_two_seconds() {
        try (var context = newBrowserContext()) {
            var page = context.newPage();
            login(page, b, "kulturbaerer", "demo");
            page.navigate(b.url("/til-besvarelse"));
            var summary = page.locator(".qa-queue-summary");
            summary.waitFor();
            int before = leadingNumber(summary.textContent());
            page.evaluate("() => { window.__sameDocument = true; }");

            var answer = askOn(a, "queue1");

            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> leadingNumber(summary.textContent()) == before + 1);
            assertThat(page.locator("vaadin-grid").getByText("Klyngetest queue1 om udskrivning").first())
                    .isVisible();
            assertThat(page.evaluate("() => window.__sameDocument === true")).as("no reload").isEqualTo(true);
            assertThat(answer).isNotBlank();
        }
    }

    @Test
    @Order(4)
    void a_node_that_lost_the_channel_rings_the_bells_it_missed_when_it_listens_again() throws Exception {
        try (var context = newBrowserContext()) {
            var page = context.newPage();
            login(page, b, "kulturbaerer", "demo");
            var badge = page.locator(".notification-bell .notification-badge");
            page.locator(".notification-bell > vaadin-button").waitFor();
            int before = count(badge.textContent());
            page.evaluate("() => { window.__sameDocument = true; }");

            cutListeningConnection("node-b");
            var http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(100))
                    .until(() -> status(http, b.url("/actuator/health/readiness")) == 503);
            // Stored and sent while node B does not listen (it reconnects after 4 s): B misses the message.
            askOn(a, "missedbell1");

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> count(badge.textContent()) > before);
            assertThat(page.evaluate("() => window.__sameDocument === true")).as("no reload").isEqualTo(true);
            assertThat(b.logText()).contains("node node-b listens again")
                    .containsPattern("Bell: re-read notifications since .* after the channel was lost: [1-9]");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> status(http, b.url("/actuator/health/readiness")) == 200);
        }
    }

    @Test
    @Order(5)
    void a_node_that_lost_the_channel_rechecks_its_open_sessions_against_the_database_when_it_listens_again()
            throws Exception {
        var person = a.call("newperson missed1");
        var onB = new PortalHttp(b.port());
        var browserOnB = loggedIn(onB, person[1]);
        // Deactivated behind every node's back: no message goes out, so only the re-check can end the session.
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var statement = connection.prepareStatement(
                        "update person set active = false where id = ?")) {
            statement.setLong(1, Long.parseLong(person[0]));
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        assertThat(onB.reachesStartPage(browserOnB)).as("no message was sent, the session lives").isTrue();

        cutListeningConnection("node-b");

        // While it does not listen, node B tells the balancer it is not ready (reconnect delay 4 s).
        var http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(100))
                .until(() -> status(http, b.url("/actuator/health/readiness")) == 503);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !onB.reachesStartPage(browserOnB));
        assertThat(b.logText()).contains("node node-b listens again")
                .contains("Open sessions re-checked against the database: 1 ended");
        await().atMost(Duration.ofSeconds(10)).until(() -> status(http, b.url("/actuator/health/readiness")) == 200);
    }

    @Test
    @Order(6)
    void the_balancer_reads_readiness_and_liveness_without_login_and_nothing_more() throws Exception {
        var http = HttpClient.newHttpClient();
        for (var node : List.of(a, b)) {
            var readiness = get(http, node.url("/actuator/health/readiness"));
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(readiness.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(readiness.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(get(http, node.url("/actuator/health/liveness")).statusCode()).isEqualTo(200);
            for (var hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/metrics",
                    "/actuator/configprops", "/actuator/heapdump")) {
                assertThat(get(http, node.url(hidden)).statusCode()).as(hidden).isNotEqualTo(200);
            }
        }
    }

    @Test
    @Order(7)
    void a_person_whose_node_was_killed_is_told_on_the_other_node_that_the_session_moved() throws Exception {
        try (var context = newBrowserContext()) {
            var page = context.newPage();
            login(page, a, "hjemmehjaelper", "demo");

            a.kill();
            // The balancer sends the person to node B with node A's session cookie (cookies are per host, not
            // per port, so the browser does exactly that here).
            page.navigate(b.url("/"));
            page.waitForURL(address -> address.contains("/login?moved"));
            var notice = page.locator(".login-session-moved");
            assertThat(notice).isVisible();
            assertThat(notice).containsText("Din session er flyttet til en anden server");
            assertThat(notice).containsText("ikke gemt");
            Files.createDirectories(Path.of("target", "screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                    "cluster-session-moved-da.png")));
            // A new login on node B works.
            login(page, b, "hjemmehjaelper", "demo");
            assertThat(page.url()).doesNotContain("/login");
        }
    }

    @Test
    @Order(8)
    void a_node_being_stopped_reports_not_ready_and_finishes_its_running_request() throws Exception {
        var http = HttpClient.newHttpClient();
        var running = http.sendAsync(HttpRequest.newBuilder(URI.create(b.url("/cluster-probe/slow?ms=5000")))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        b.await("SLOW STARTED", Duration.ofSeconds(60));

        b.terminate();

        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> status(http, b.url("/actuator/health/readiness")) == 503);
        var answer = running.get(60, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("finished");
        assertThat(b.waitForExit(Duration.ofSeconds(60))).as("node B stopped").isTrue();
        assertThat(b.logText()).contains("Node node-b stopping: readiness DOWN");
    }

    private static WebClient loggedIn(PortalHttp portal, String username) {
        var browser = new WebClient();
        var answer = portal.loginLocally(browser, username, ClusterProbe.PASSWORD);
        assertThat(answer.redirectTarget()).as("login of %s", username).isEqualTo(portal.uri("/"));
        assertThat(portal.reachesStartPage(browser)).isTrue();
        return browser;
    }

    /** Ends a node's listening connection from the database's side, as a database restart would. */
    private static void cutListeningConnection(String node) throws Exception {
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var statement = connection.createStatement();
                var rows = statement.executeQuery("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where application_name = 'sambo-events " + node + "'")) {
            assertThat(rows.next()).as("%s's listening connection", node).isTrue();
        }
    }

    /** Asks a question on {@code node} as the nurse of Sygeplejen Kolding (the culture bearer's unit). */
    private static String askOn(ClusterNode node, String word) {
        try {
            return String.join(" ", node.call("ask " + word));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int leadingNumber(String text) {
        var digits = text == null ? "" : text.strip().replaceFirst("^(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }

    private static void call(ClusterNode node, String command) {
        try {
            node.call(command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int count(String badge) {
        var text = badge == null ? "" : badge.strip();
        return BADGE_NUMBER.matcher(text).matches() ? Integer.parseInt(text) : text.isEmpty() ? 0 : 100;
    }

    private static int status(HttpClient http, String url) {
        try {
            return get(http, url).statusCode();
        } catch (Exception refused) {
            return -1;
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static BrowserContext newBrowserContext() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                var message = "No Chromium at " + CHROMIUM + " (apt-get install chromium)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("CI requires the browser tests: " + message);
                }
                Assumptions.abort(message);
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                            "--no-first-run", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync")));
        }
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("da-DK").setTimezoneId("Europe/Copenhagen"));
        context.setDefaultTimeout(60_000);
        context.setDefaultNavigationTimeout(60_000);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        return context;
    }

    private static void login(Page page, ClusterNode node, String username, String password) {
        page.navigate(node.url("/login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(address -> !address.contains("/login"));
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => typeof c.isActive !== 'function'"
                + " || !c.isActive())");
    }
}
