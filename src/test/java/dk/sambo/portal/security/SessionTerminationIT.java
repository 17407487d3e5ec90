package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.PortalServerTest;
import dk.sambo.portal.e2e.WebClient;
import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;

/**
 * Taking access away ends the person's open sessions at once ({@link SessionTerminator}), proven with real HTTP
 * sessions: log in with the local form, let an administrator deactivate the person or revoke a role, and the old
 * session cookie no longer opens a page for logged-in people. Each test logs in people it creates itself, so the
 * shared demo accounts stay untouched.
 */
@PortalServerTest
class SessionTerminationIT {

    private static final String PASSWORD = "Lang-test-adgang-nr-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeopleAdministration people;

    @Autowired
    AuditLog audit;

    @Autowired
    java.time.Clock clock;

    PortalHttp portal;

    @BeforeEach
    void setUp() {
        portal = new PortalHttp(port);
    }

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
    }

    @Test
    void deactivating_a_person_ends_their_open_session_at_once_and_only_theirs() {
        var nurse = newPersonWithLocalLogin("deaktiveres");
        var colleague = newPersonWithLocalLogin("kollega");
        var nursesBrowser = loggedIn(nurse);
        var colleaguesBrowser = loggedIn(colleague);

        asAdmin(() -> people.deactivate(nurse.person().id()));

        assertThat(portal.reachesStartPage(nursesBrowser)).isFalse();
        assertThat(portal.reachesStartPage(colleaguesBrowser)).isTrue();
        // Nor can she come back in: with the right password she is told that her access has ended (issue 10).
        var again = portal.loginLocally(new WebClient(), nurse.username(), PASSWORD);
        assertThat(again.redirectTarget().toString()).endsWith("/login?ended");
    }

    @Test
    void revoking_a_role_ends_the_sessions_that_still_carry_it() {
        var bearer = newPersonWithLocalLogin("rolle");
        var unitId = bearer.person().unitId();
        var grant = asAdmin(() -> people.grant(bearer.person().id(), Role.CULTURE_BEARER, ScopeType.UNIT, unitId));
        var browser = loggedIn(bearer);

        asAdmin(() -> people.revoke(grant.assignmentId()));

        assertThat(portal.reachesStartPage(browser)).isFalse();
        // Still a staff member: a new login works, with the roles she has now.
        assertThat(portal.reachesStartPage(loggedIn(bearer))).isTrue();
    }

    @Test
    void local_login_changes_the_session_id_and_success_and_failure_go_into_the_audit_trail() {
        var nurse = newPersonWithLocalLogin("revision");
        long failuresBefore = auditCount("LOGIN_FAILED", nurse.username());

        var browser = new WebClient();
        var failed = portal.loginLocally(browser, nurse.username(), "forkert-kodeord");
        assertThat(failed.redirectTarget().toString()).endsWith("/login?error");
        var before = portal.sessionId(browser);
        var answer = portal.loginLocally(browser, nurse.username(), PASSWORD);

        assertThat(answer.redirectTarget()).isEqualTo(portal.uri("/"));
        assertThat(portal.sessionId(browser)).isNotEqualTo(before);
        assertThat(portal.reachesStartPage(browser)).isTrue();
        assertThat(auditCount("LOGIN_FAILED", nurse.username())).isEqualTo(failuresBefore + 1);
        assertThat(asAdmin(() -> audit.forObject("Person", nurse.person().id(), 20))).anySatisfy(event -> {
            assertThat(event.getAction()).isEqualTo("LOGIN_SUCCEEDED");
            assertThat(event.getActorId()).isEqualTo(nurse.person().id());
        });
    }

    @Test
    void a_new_local_password_ends_every_session_of_the_person_and_only_theirs() {
        var nurse = newPersonWithLocalLogin("ny-adgangskode");
        var colleague = newPersonWithLocalLogin("kollega-kode");
        var ward = loggedIn(nurse);
        var home = loggedIn(nurse);
        var colleaguesBrowser = loggedIn(colleague);

        asAdmin(() -> people.setLocalPassword(nurse.person().id(), nurse.username(), "Gul-cykel-ved-fjorden-71"));

        assertThat(portal.reachesStartPage(ward)).as("ward PC").isFalse();
        assertThat(portal.reachesStartPage(home)).as("home PC").isFalse();
        assertThat(portal.reachesStartPage(colleaguesBrowser)).isTrue();
        assertThat(portal.loginLocally(new WebClient(), nurse.username(), PASSWORD).redirectTarget().toString())
                .as("the old password").endsWith("/login?error");
        var again = portal.loginLocally(new WebClient(), nurse.username(), "Gul-cykel-ved-fjorden-71");
        assertThat(again.redirectTarget()).isEqualTo(portal.uri("/"));
    }

    @Test
    void a_login_beyond_five_parallel_sessions_ends_the_least_recently_active_one() {
        var nurse = newPersonWithLocalLogin("mange-sessioner");
        var clock = (dk.sambo.portal.TestClock) this.clock;
        var before = clock.instant();
        try {
            var browsers = new java.util.ArrayList<WebClient>();
            for (int i = 0; i < 5; i++) {
                clock.advance(java.time.Duration.ofMinutes(2));
                browsers.add(loggedIn(nurse));
            }
            // The first one is used again: now the second is the least recently active.
            clock.advance(java.time.Duration.ofMinutes(2));
            assertThat(portal.reachesStartPage(browsers.getFirst())).isTrue();
            clock.advance(java.time.Duration.ofMinutes(2));

            var sixth = loggedIn(nurse);

            assertThat(portal.reachesStartPage(browsers.get(1))).as("least recently active").isFalse();
            for (var browser : List.of(browsers.get(0), browsers.get(2), browsers.get(3), browsers.get(4), sixth)) {
                assertThat(portal.reachesStartPage(browser)).isTrue();
            }
        } finally {
            clock.set(before);
        }
    }

    /**
     * The browser keeps loading the login page's own files (icon, styles, scripts) while the login form is posted.
     * Such a request still carries the session id from before the login; if it reaches the portal after the login
     * changed the id, it must not open a new session: the new session's cookie would replace the logged-in one and
     * the person would be back at the login page at the next click (this happened with Vaadin's PWA icons).
     */
    @Test
    void a_late_request_of_the_login_page_does_not_replace_the_logged_in_session() {
        var nurse = newPersonWithLocalLogin("sen-anmodning");
        var browser = new WebClient();
        var loginPage = browser.get(portal.uri("/login"));
        var before = portal.sessionId(browser);
        var files = PAGE_FILES.matcher(loginPage.body()).results().map(m -> m.group(1))
                .filter(href -> !href.startsWith("http") && !href.startsWith("data:")).distinct().toList();
        assertThat(files).as("files the login page loads").anyMatch(href -> href.contains("icon"));

        portal.loginLocally(browser, nurse.username(), PASSWORD);
        var loggedIn = portal.sessionId(browser);
        for (var file : files) {
            browser.setCookie(portal.host(), "JSESSIONID", before);
            browser.get(portal.uri("/" + file.replaceFirst("^\\./", "").replaceFirst("^/", "")));
            assertThat(portal.sessionId(browser)).as("session cookie after a late request for %s", file)
                    .isEqualTo(before);
        }
        browser.setCookie(portal.host(), "JSESSIONID", loggedIn);
        assertThat(portal.reachesStartPage(browser)).isTrue();
    }

    private static final java.util.regex.Pattern PAGE_FILES = java.util.regex.Pattern
            .compile("<(?:link|script)[^>]*(?:href|src)=\"([^\"]+)\"");

    private record Account(PersonSummary person, String username) {
    }

    /** A new staff member in Mette Sørensen's unit with a local login of their own. */
    private Account newPersonWithLocalLogin(String purpose) {
        var username = "e2e-" + purpose + "-" + SEQUENCE.incrementAndGet();
        return asAdmin(() -> {
            var unitId = people.search("Mette Sørensen", PageRequest.of(0, 1)).getFirst().unitId();
            var person = people.createPerson(new PeopleAdministration.NewPerson("Test " + username, "Sygeplejerske",
                    null, unitId, KnowledgeTarget.OVERALL), null, null);
            people.setLocalPassword(person.id(), username, PASSWORD);
            return new Account(person, username);
        });
    }

    private WebClient loggedIn(Account account) {
        var browser = new WebClient();
        var answer = portal.loginLocally(browser, account.username(), PASSWORD);
        assertThat(answer.redirectTarget()).as("login of %s", account.username()).isEqualTo(portal.uri("/"));
        assertThat(portal.reachesStartPage(browser)).isTrue();
        return browser;
    }

    private long auditCount(String action, String actor) {
        return asAdmin(() -> audit.latest(2000).stream()
                .filter(e -> e.getAction().equals(action) && e.getActor().equals(actor)).count());
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
