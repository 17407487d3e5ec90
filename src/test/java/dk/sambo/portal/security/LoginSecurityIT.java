package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.PortalServerTest;
import dk.sambo.portal.e2e.WebClient;
import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.PeopleAdministration;

/**
 * The local login over real HTTP as an attacker would try it (issue 10): guessing passwords, posting the login
 * form from another site, a deactivated person's right password, and the session cookie's attributes. Every test
 * uses people it creates; locks and the client address's count (all tests come from 127.0.0.1) are lifted
 * afterwards so the other tests on the shared server can log in.
 */
@PortalServerTest
class LoginSecurityIT {

    private static final String PASSWORD = "Lang-test-adgang-nr-2";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeopleAdministration people;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AuditLog audit;

    @Autowired
    TestClock clock;

    PortalHttp portal;

    @BeforeEach
    void setUp() {
        portal = new PortalHttp(port);
    }

    @AfterEach
    void tearDown() {
        asAdmin(() -> throttle.liftAddress("127.0.0.1"));
        AuthenticatedAs.logout();
        clock.reset();
    }

    /** Seen: 30 wrong passwords in a row, no delay and no lock, and the right one then worked at once. */
    @Test
    void wrong_passwords_are_held_back_longer_each_time_then_locked_and_the_right_one_waits_for_an_administrator() {
        var username = newPersonWithLocalLogin("gaet");
        var browser = new WebClient();
        for (int i = 1; i <= 3; i++) {
            assertThat(target(portal.loginLocally(browser, username, "forkert-" + i))).endsWith("/login?error");
        }
        assertThat(target(portal.loginLocally(browser, username, "forkert-4"))).endsWith("/login?error");
        // The 4th failure holds the next attempt back for 2 s: refused at once, before the password is looked at.
        assertThat(target(portal.loginLocally(browser, username, PASSWORD))).endsWith("/login?wait=2");
        for (int failures = 5; failures <= 10; failures++) {
            clock.advance(throttle.waitBefore(username, "127.0.0.1"));
            assertThat(target(portal.loginLocally(browser, username, "forkert-" + failures))).endsWith("/login?error");
        }
        // Locked: the right password is refused too, for 15 minutes or until an administrator lifts the lock.
        assertThat(target(portal.loginLocally(browser, username, PASSWORD))).endsWith("/login?wait=900");
        assertThat(asAdmin(throttle::blockedAccounts)).anySatisfy(b -> {
            assertThat(b.username()).isEqualTo(username);
            assertThat(b.locked()).isTrue();
        });
        assertThat(asAdmin(() -> audit.forObject("Login", throttle.key(username), 50))).extracting(e -> e.getAction())
                .contains("LOGIN_LOCKED", "LOGIN_THROTTLED");

        asAdmin(() -> throttle.liftAccount(username));

        assertThat(portal.loginLocally(browser, username, PASSWORD).redirectTarget()).isEqualTo(portal.uri("/"));
        assertThat(portal.reachesStartPage(browser)).isTrue();
    }

    /** Same answers for a name nobody has: the throttle counts it exactly like a real one. */
    @Test
    void a_name_nobody_has_gets_the_same_answers_as_a_real_one() {
        var known = newPersonWithLocalLogin("kendt");
        var unknown = "e2e-ukendt-" + SEQUENCE.incrementAndGet();
        try {
            for (int i = 1; i <= 5; i++) {
                var knownAnswer = target(portal.loginLocally(new WebClient(), known, "forkert"));
                var unknownAnswer = target(portal.loginLocally(new WebClient(), unknown, "forkert"));
                assertThat(unknownAnswer).as("attempt %s", i).isEqualTo(knownAnswer);
            }
        } finally {
            asAdmin(() -> {
                throttle.liftAccount(known);
                throttle.liftAccount(unknown);
            });
        }
    }

    /** Seen: POST /login without _csrf and with a foreign Origin logged in (login CSRF). */
    @Test
    void a_login_post_without_the_csrf_token_is_refused() throws Exception {
        var username = newPersonWithLocalLogin("csrf");
        var browser = new WebClient();
        browser.get(portal.uri("/login"));

        var answer = post(browser, "username=" + username + "&password=" + PASSWORD, null);

        // Spring Security's CSRF refusal (403) ends on the login page for an anonymous visitor; the password is
        // never checked, so not even "?error".
        if (answer.statusCode() != 403) {
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(portal.uri("/login").resolve(answer.headers().firstValue("Location").orElseThrow()).getPath())
                    .isEqualTo("/login");
        }
        assertThat(portal.reachesStartPage(browser)).isFalse();
        assertThat(asAdmin(() -> audit.latest(200)).stream().filter(e -> e.getActor().equals(username)
                || ("Person".equals(e.getObjectType()) && e.getAction().equals("LOGIN_SUCCEEDED")
                        && e.getActor().equals("Test " + username))))
                .as("no login attempt of %s was heard", username).isEmpty();
        // With the form's token the same browser logs in (to "/", or "/?continue" of the refused request).
        assertThat(portal.loginLocally(browser, username, PASSWORD).redirectTarget().getPath()).isEqualTo("/");
        assertThat(portal.reachesStartPage(browser)).isTrue();
    }

    @Test
    void a_login_post_from_another_site_is_refused_even_with_a_valid_token() throws Exception {
        var username = newPersonWithLocalLogin("origin");
        var browser = new WebClient();
        var page = browser.get(portal.uri("/login"));
        var token = CSRF_META.matcher(page.body());
        assertThat(token.find()).isTrue();
        var form = "username=" + username + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

        assertThat(post(browser, form, "https://angriber.example").statusCode()).isEqualTo(403);
        assertThat(portal.reachesStartPage(browser)).isFalse();

        var own = post(browser, form, portal.base());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(portal.uri("/login").resolve(own.headers().firstValue("Location").orElseThrow()).getPath())
                .isEqualTo("/");
        // The login changed the session id: take the new cookie into the browser, which then opens the start page.
        own.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .ifPresent(c -> browser.setCookie(portal.host(), "JSESSIONID", c.split(";")[0].substring(11)));
        assertThat(portal.reachesStartPage(browser)).isTrue();
    }

    /** Seen: a deactivated person was told "Forkert brugernavn eller adgangskode". */
    @Test
    void a_deactivated_person_learns_with_the_right_password_that_the_access_has_ended_and_only_then() {
        var username = newPersonWithLocalLogin("ophoert");
        var id = asAdmin(() -> people.search("Test " + username, PageRequest.of(0, 1)).getFirst().id());
        asAdmin(() -> people.deactivate(id));

        assertThat(target(portal.loginLocally(new WebClient(), username, PASSWORD))).endsWith("/login?ended");
        assertThat(target(portal.loginLocally(new WebClient(), username, "forkert"))).endsWith("/login?error");
        assertThat(target(portal.loginLocally(new WebClient(), "e2e-ingen-" + SEQUENCE.incrementAndGet(),
                PASSWORD))).endsWith("/login?error");
        asAdmin(() -> throttle.liftAccount(username));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        var http = HttpClient.newHttpClient();
        var answer = http.send(HttpRequest.newBuilder(portal.uri("/login")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.discarding());
        var cookie = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
        // Served over plain http here, so not Secure; Tomcat adds Secure for https requests.
        assertThat(cookie).doesNotContainIgnoringCase("Secure");
    }

    private HttpResponse<String> post(WebClient browser, String form, String origin) throws Exception {
        var request = HttpRequest.newBuilder(portal.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("Cookie", "JSESSIONID=" + portal.sessionId(browser))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String target(WebClient.Response response) {
        return response.redirectTarget().toString();
    }

    private String newPersonWithLocalLogin(String purpose) {
        var username = "e2e-login-" + purpose + "-" + SEQUENCE.incrementAndGet();
        asAdmin(() -> {
            var unitId = people.search("Mette Sørensen", PageRequest.of(0, 1)).getFirst().unitId();
            var person = people.createPerson(new PeopleAdministration.NewPerson("Test " + username, "Sygeplejerske",
                    null, unitId, KnowledgeTarget.OVERALL), null, null);
            people.setLocalPassword(person.id(), username, PASSWORD);
        });
        return username;
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        AuthenticatedAs.login(users, "admin");
        try {
            return work.get();
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private void asAdmin(Runnable work) {
        asAdmin(() -> {
            work.run();
            return null;
        });
    }
}
