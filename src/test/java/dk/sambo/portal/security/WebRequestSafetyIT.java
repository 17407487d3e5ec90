package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.PortalServerTest;
import dk.sambo.portal.e2e.TestIdentityProvider;
import dk.sambo.portal.e2e.WebClient;
import dk.sambo.portal.training.domain.CalendarFiles;

/**
 * ASVS 5.0 3.4.2 (no CORS for foreign origins), 3.5.3 (GET changes nothing) and 3.7.2 (no open redirect), each
 * against the running server with a real HTTP client, as an attacker's page or link would send them.
 */
@PortalServerTest
class WebRequestSafetyIT {

    private static final String EVIL = "https://evil.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CalendarFiles calendarFiles;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void no_answer_allows_a_foreign_origin_neither_a_page_a_preflight_the_calendar_feed_nor_a_vaadin_round_trip()
            throws Exception {
        var token = subscriptionToken();
        var answers = List.of(
                send(get("/login").header("Origin", EVIL)),
                send(get("/").header("Origin", EVIL)),
                send(get("/ical/" + token + ".ics").header("Origin", EVIL)),
                send(get("/actuator/health").header("Origin", EVIL)),
                send(request("/?v-r=uidl&v-uiId=0").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type")),
                send(request("/ical/" + token + ".ics").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", EVIL).header("Access-Control-Request-Method", "GET")),
                send(request("/?v-r=uidl&v-uiId=0").POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Origin", EVIL).header("Content-Type", "application/json")));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().map().keySet())
                .as(answer.request().method() + " " + answer.uri())
                .noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-allow-")));
    }

    @Test
    void get_requests_to_the_calendar_feed_scim_health_and_login_change_no_stored_state() throws Exception {
        var token = subscriptionToken();
        var before = rowCounts();

        assertThat(send(get("/ical/" + token + ".ics")).statusCode()).isEqualTo(200);
        send(get("/ical/" + "x".repeat(30) + ".ics"));
        send(get("/scim/v2/Users"));
        send(get("/scim/v2/Groups"));
        send(get("/actuator/health"));
        // A login attempted as a GET with the credentials in the address: not a login, no throttle entry.
        send(get("/login?username=sygeplejerske&password=demo"));
        send(get("/logout"));

        assertThat(rowCounts()).as("every table but the audit trail's").isEqualTo(before);
    }

    @Test
    void a_get_with_credentials_in_the_address_does_not_log_in() throws Exception {
        var browser = new WebClient();
        var portal = new PortalHttp(port);
        browser.get(portal.uri("/login?username=sygeplejerske&password=demo"));
        assertThat(portal.reachesStartPage(browser)).isFalse();
    }

    @Test
    void after_login_the_portal_only_sends_the_browser_to_its_own_pages_whatever_the_address_asked_for() {
        var portal = new PortalHttp(port);
        for (var trap : List.of("/login?continue=" + EVIL, "/login?continue=//evil.example/x",
                "/login?redirect=" + EVIL + "&target=" + EVIL + "&returnUrl=" + EVIL, "//evil.example/",
                "/%2F%2Fevil.example/", "/%5Cevil.example")) {
            var browser = new WebClient();
            // As the path of the portal's own address (a saved request), never as an address of its own.
            browser.get(URI.create(portal.base() + trap));
            var answer = portal.loginLocally(browser, "sygeplejerske", "demo");
            assertThat(answer.isRedirect()).as(trap).isTrue();
            var target = answer.redirectTarget();
            assertThat(target.getHost()).as(trap + " -> " + target).isEqualTo(portal.host());
            var landed = browser.followRedirects(answer);
            assertThat(landed.hops()).as(trap).allSatisfy(hop -> assertThat(hop.getHost()).isIn(portal.host(),
                    "localhost"));
            assertThat(landed.uri().getHost()).as(trap).isEqualTo(portal.host());
        }
    }

    @Test
    void the_oidc_login_sends_the_provider_only_the_portals_own_redirect_uri() throws Exception {
        var answer = send(get("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION
                + "?redirect_uri=" + EVIL + "/steal&continue=" + EVIL));
        assertThat(answer.statusCode()).isEqualTo(302);
        var location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(location.getHost()).as("the configured identity provider").isEqualTo("localhost");
        var query = query(location);
        assertThat(query.get("redirect_uri")).isEqualTo("http://127.0.0.1:" + port + "/login/oauth2/code/"
                + TestIdentityProvider.REGISTRATION);
        assertThat(location.toString()).doesNotContain("evil.example");
    }

    @Test
    void an_unknown_provider_name_does_not_redirect_elsewhere() throws Exception {
        var unknown = send(get("/oauth2/authorization/evil.example"));
        assertThat(unknown.headers().firstValue("Location").orElse("")).doesNotContain("evil.example");
    }

    /** What an attacker (or a proxy that passes the browser's headers on) can put into a request's host. */
    private static final List<List<String>> FORGED_HOSTS = List.of(List.of("Host", "evil.example"),
            List.of("X-Forwarded-Host", "evil.example"),
            List.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"),
            List.of("Host", "evil.example", "X-Forwarded-Host", "evil.example", "X-Forwarded-Port", "443"),
            List.of("Forwarded", "host=evil.example;proto=https"));

    @Test
    void a_forged_host_or_forwarded_host_never_sends_the_browser_to_another_host() throws Exception {
        var portal = new PortalHttp(port);
        for (var forged : FORGED_HOSTS) {
            var headers = forged.toArray(String[]::new);
            var start = RawHttp.send(port, "GET", "/", null, headers);
            assertThat(start.status()).as(forged + " GET /").isEqualTo(302);
            assertOwnHost(start, forged + " GET /");
            var login = RawHttp.send(port, "GET", "/login", null, headers);
            assertThat(login.status()).as(forged + " GET /login").isEqualTo(200);
            assertThat(login.location()).as(forged + " GET /login").isEmpty();
            var failed = RawHttp.send(port, "POST", "/login", "username=x&password=y", headers);
            assertOwnHost(failed, forged + " POST /login");

            var provider = RawHttp.send(port, "GET", "/oauth2/authorization/" + TestIdentityProvider.REGISTRATION,
                    null, headers);
            assertThat(provider.status()).as(forged + " OIDC").isEqualTo(302);
            assertThat(URI.create(provider.location().orElseThrow()).getHost()).as(forged + " OIDC")
                    .isEqualTo("localhost");

            // Logout: a logged-in session posts the logout form with its CSRF token and the forged header.
            var browser = new WebClient();
            portal.loginLocally(browser, "sygeplejerske", "demo");
            var csrf = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                    .matcher(browser.get(portal.uri("/")).body());
            assertThat(csrf.find()).isTrue();
            var withSession = new java.util.ArrayList<>(forged);
            withSession.addAll(List.of("Cookie", "JSESSIONID=" + portal.sessionId(browser)));
            var logout = RawHttp.send(port, "POST", "/logout", "_csrf=" + csrf.group(1),
                    withSession.toArray(String[]::new));
            assertThat(logout.status()).as(forged + " POST /logout").isEqualTo(302);
            assertOwnHost(logout, forged + " POST /logout");
            assertThat(portal.reachesStartPage(browser)).as("logged out").isFalse();

            // A page asked for with the forged header is remembered for after the login: the login still ends
            // on the portal's own host.
            var saved = RawHttp.send(port, "GET", "/", null, headers);
            // Over (forged) https the session cookie is __Host-JSESSIONID (HostPrefixCookies); the same session.
            var cookie = saved.cookie("JSESSIONID").or(() -> saved.cookie(HostPrefixCookies.PREFIX + "JSESSIONID"));
            assertThat(cookie).as(forged + " session for the saved request").isPresent();
            var victim = new WebClient();
            victim.setCookie(portal.host(), "JSESSIONID", cookie.orElseThrow());
            var afterLogin = portal.loginLocally(victim, "sygeplejerske", "demo");
            assertThat(afterLogin.isRedirect()).isTrue();
            assertThat(afterLogin.redirectTarget().getHost()).as(forged + " after login").isEqualTo(portal.host());
        }
    }

    /** A redirect stays on the portal: a relative address, or an absolute one to the portal's own host. */
    private static void assertOwnHost(RawHttp.Answer answer, String what) {
        var location = answer.location().orElseThrow(() -> new AssertionError(what + ": no redirect"));
        var target = URI.create("http://127.0.0.1/").resolve(location);
        assertThat(target.getHost()).as(what + " -> " + location).isEqualTo("127.0.0.1");
        assertThat(location).as(what).doesNotContain("evil.example");
    }

    private Map<String, Long> rowCounts() {
        return RowCounts.of(jdbc);
    }

    private String subscriptionToken() {
        AuthenticatedAs.login(users, "sygeplejerske");
        try {
            return calendarFiles.mySubscriptionToken();
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private static Map<String, String> query(URI uri) {
        var map = new TreeMap<String, String>();
        for (var part : uri.getRawQuery().split("&")) {
            var kv = part.split("=", 2);
            map.put(kv[0], kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return map;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).header("Accept", "text/html").GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
