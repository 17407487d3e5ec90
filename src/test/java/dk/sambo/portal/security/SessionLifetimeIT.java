package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.sambo.portal.TestClock;
import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.PortalServerTest;
import dk.sambo.portal.e2e.WebClient;

/**
 * Session lifetimes and the logout control against the running server (ASVS 5.0 7.3.1, 7.3.2, 7.4.4): an idle
 * session ends after the inactivity timeout, an active one at the absolute lifetime (and the login page is told why),
 * and after "Log ud" the old session opens nothing, a page reloaded with the back button included. Time is moved
 * with the test clock or a tiny timeout on the one session, never waited out.
 */
@PortalServerTest
class SessionLifetimeIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    SessionTerminator terminator;

    PortalHttp portal;
    java.time.Instant clockBefore;

    @BeforeEach
    void setUp() {
        portal = new PortalHttp(port);
        clockBefore = clock.instant();
    }

    @AfterEach
    void tearDown() {
        ((TestClock) clock).set(clockBefore);
    }

    @Test
    void an_active_session_ends_at_the_absolute_lifetime_and_the_login_page_says_why() {
        var browser = loggedIn("sygeplejerske");
        ((TestClock) clock).advance(Duration.ofHours(6));
        assertThat(portal.reachesStartPage(browser)).as("active after 6 hours").isTrue();
        ((TestClock) clock).advance(Duration.ofHours(5).plusMinutes(59));
        assertThat(portal.reachesStartPage(browser)).as("active after 11:59").isTrue();

        ((TestClock) clock).advance(Duration.ofMinutes(2));
        var page = browser.get(portal.uri("/"));

        assertThat(page.isRedirect()).isTrue();
        assertThat(page.redirectTarget().getPath()).isEqualTo("/login");
        assertThat(page.redirectTarget().getQuery()).isEqualTo("lifetime");
        assertThat(portal.reachesStartPage(browser)).as("the session is over, activity or not").isFalse();
        assertThat(loggedIn("sygeplejerske")).as("logging in again works at once").isNotNull();
    }

    @Test
    void a_vaadin_round_trip_after_the_lifetime_marks_the_browser_so_the_reload_lands_on_the_login_page_with_why() {
        var browser = loggedIn("hjemmehjaelper");
        ((TestClock) clock).advance(Duration.ofHours(12));

        // What Vaadin's client sends on a click: a framework-internal POST, which cannot be redirected.
        var uidl = browser.postForm(portal.uri("/?v-r=uidl&v-uiId=0"), WebClient.form());
        assertThat(browser.cookie(portal.host(), SessionLifetimeFilter.MARKER)).as("after " + uidl).isPresent();

        var reload = browser.get(portal.uri("/"));
        assertThat(reload.redirectTarget().getPath()).isEqualTo("/login");
        assertThat(reload.redirectTarget().getQuery()).isEqualTo("lifetime");
        var login = browser.followRedirects(reload);
        assertThat(login.status()).isEqualTo(200);
        assertThat(browser.cookie(portal.host(), SessionLifetimeFilter.MARKER)).as("the marker is used once")
                .isEmpty();
    }

    @Test
    void an_idle_session_ends_after_the_inactivity_timeout_which_is_eight_hours() throws Exception {
        var browser = loggedIn("sygeplejerske");
        var session = terminator.session(portal.sessionId(browser)).orElseThrow();
        assertThat(session.getMaxInactiveInterval()).as("server.servlet.session.timeout").isEqualTo(8 * 3600);

        // The same session with a one-second timeout, waited out (Tomcat's own expiry, not the portal's).
        session.setMaxInactiveInterval(1);
        Thread.sleep(1_500);

        var page = browser.get(portal.uri("/"));
        assertThat(page.isRedirect()).isTrue();
        assertThat(page.redirectTarget().getPath()).isEqualTo("/login");
        assertThat(page.redirectTarget().getQuery()).as("expired here, not moved from another server").isNull();
        assertThat(terminator.session(session.getId())).isEmpty();
    }

    @Test
    void after_logout_the_old_session_opens_nothing_and_the_back_button_reloads_to_the_login_page()
            throws Exception {
        var browser = loggedIn("leder");
        var id = portal.sessionId(browser);
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var start = http.send(HttpRequest.newBuilder(portal.uri("/")).header("Accept", "text/html")
                .header("Cookie", "JSESSIONID=" + id).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.headers().firstValue("Cache-Control")).as("the back button must ask the server again")
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        var csrf = CSRF_META.matcher(start.body());
        assertThat(csrf.find()).isTrue();

        // What "Log ud" does: Spring Security's logout (POST with the CSRF token), as Vaadin's logout calls it.
        var logout = browser.postForm(portal.uri("/logout"), WebClient.form("_csrf", csrf.group(1)));
        assertThat(logout.isRedirect()).isTrue();

        assertThat(terminator.session(id)).as("invalidated on the server").isEmpty();
        var back = http.send(HttpRequest.newBuilder(portal.uri("/")).header("Accept", "text/html")
                .header("Cookie", "JSESSIONID=" + id).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(URI.create(portal.base()).resolve(back.headers().firstValue("Location").orElseThrow()).getPath())
                .isEqualTo("/login");
    }

    @Test
    void a_get_of_the_logout_address_does_not_log_out() {
        var browser = loggedIn("sygehus");
        browser.get(portal.uri("/logout"));
        assertThat(portal.reachesStartPage(browser)).as("logout only by POST with the CSRF token").isTrue();
    }

    private WebClient loggedIn(String demoAccount) {
        var browser = new WebClient();
        var answer = portal.loginLocally(browser, demoAccount, "demo");
        assertThat(answer.isRedirect()).isTrue();
        assertThat(answer.redirectTarget().getPath()).isNotEqualTo("/login");
        assertThat(portal.reachesStartPage(browser)).isTrue();
        return browser;
    }
}
