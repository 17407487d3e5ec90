package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.audit.AuditEvent;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.PortalServerTest;
import dk.sambo.portal.e2e.TestIdentityProvider;
import dk.sambo.portal.e2e.WebClient;
import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.PersonSummary;

/**
 * Login through an organisation's identity provider, end to end: a real OpenID Connect provider
 * ({@link TestIdentityProvider}), the portal on a real port, and an HTTP client that follows every redirect by
 * hand as a browser would.
 */
@PortalServerTest
class OidcLoginIT {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeopleAdministration people;

    @Autowired
    PersonAccounts accounts;

    @Autowired
    AccessRequests accessRequests;

    @Autowired
    AuditLog audit;

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
    void known_person_with_a_verified_email_lands_on_the_start_page_and_is_linked_for_the_next_login() {
        var camilla = demoPerson("Camilla Friis");
        TestIdentityProvider.claims("camilla-idp", "Camilla Friis", camilla.email(), true);
        long loginsBefore = countFor(camilla, "LOGIN_SUCCEEDED");
        long linksBefore = countFor(camilla, "IDENTITY_LINKED");

        var browser = new WebClient();
        var landed = loginThroughProvider(browser, "camilla-idp");

        assertThat(landed.uri()).isEqualTo(portal.uri("/"));
        assertThat(landed.status()).isEqualTo(200);
        assertThat(landed.hops()).anyMatch(hop -> hop.getPath().equals("/login/oauth2/code/" + TestIdentityProvider.REGISTRATION));
        assertThat(portal.reachesStartPage(browser)).isTrue();
        var linked = accounts.byIdentity(TestIdentityProvider.issuer(), "camilla-idp", null, false);
        assertThat(linked).hasValueSatisfying(account -> assertThat(account.personId()).isEqualTo(camilla.id()));

        // Next time the provider sends no e-mail at all: the (issuer, subject) link alone finds her.
        TestIdentityProvider.claims("camilla-idp", "Camilla Friis", null, false);
        var again = loginThroughProvider(new WebClient(), "camilla-idp");
        assertThat(again.uri()).isEqualTo(portal.uri("/"));
        assertThat(again.status()).isEqualTo(200);

        assertThat(countFor(camilla, "IDENTITY_LINKED")).isEqualTo(linksBefore + 1);
        assertThat(countFor(camilla, "LOGIN_SUCCEEDED")).isEqualTo(loginsBefore + 2);
    }

    @Test
    void unknown_person_is_sent_to_the_no_access_page_and_an_access_request_waits_for_an_administrator() {
        TestIdentityProvider.claims("ukendt-idp", "Ulla Ukendt", "ulla.ukendt@ukendt-kommune.example", true);
        long failuresBefore = loginFailures();

        var browser = new WebClient();
        var landed = loginThroughProvider(browser, "ukendt-idp");

        assertThat(landed.uri()).isEqualTo(portal.uri("/ingen-adgang"));
        assertThat(landed.status()).isEqualTo(200);
        assertThat(portal.reachesStartPage(browser)).isFalse();
        asAdmin();
        var request = accessRequests.pending().stream()
                .filter(r -> r.getSubject().equals("ukendt-idp")).findFirst().orElseThrow();
        assertThat(request.getIssuer()).isEqualTo(TestIdentityProvider.issuer());
        assertThat(request.getEmail()).isEqualTo("ulla.ukendt@ukendt-kommune.example");
        assertThat(request.getName()).isEqualTo("Ulla Ukendt");
        assertThat(request.getStatus()).isEqualTo(AccessRequest.Status.PENDING);
        assertThat(audit.forObject("AccessRequest", request.id(), 10)).extracting(AuditEvent::getAction)
                .contains("ACCESS_REQUESTED");
        assertThat(loginFailures()).isEqualTo(failuresBefore + 1);
        asAdmin();
        assertThat(audit.latest(50)).filteredOn(e -> e.getAction().equals("LOGIN_FAILED")).first()
                .satisfies(failure -> {
                    assertThat(failure.getActor()).isEqualTo("OIDC " + TestIdentityProvider.REGISTRATION);
                    assertThat(failure.getDetails()).isEqualTo("OAuth2AuthenticationException "
                            + PortalOidcUserService.NO_ACCESS);
                });
    }

    @Test
    void an_unverified_email_never_links_an_account() {
        var camilla = demoPerson("Camilla Friis");
        TestIdentityProvider.claims("camilla-unverified", "Camilla Friis", camilla.email(), false);

        var landed = loginThroughProvider(new WebClient(), "camilla-unverified");

        assertThat(landed.uri()).isEqualTo(portal.uri("/ingen-adgang"));
        assertThat(accounts.byIdentity(TestIdentityProvider.issuer(), "camilla-unverified", null, false)).isEmpty();
    }

    @Test
    void a_deactivated_person_is_not_let_in_by_their_identity_provider() {
        var unitId = demoPerson("Mette Sørensen").unitId();
        var person = asAdminDo(() -> {
            var created = people.createPerson(new PeopleAdministration.NewPerson("Dorte Deaktiveret",
                    "Sygeplejerske", null, unitId, KnowledgeTarget.OVERALL), TestIdentityProvider.issuer(),
                    "deaktiveret-idp");
            people.deactivate(created.id());
            return created;
        });
        TestIdentityProvider.claims("deaktiveret-idp", person.name(), null, false);

        var browser = new WebClient();
        var landed = loginThroughProvider(browser, "deaktiveret-idp");

        // Told that their access has ended (not "we recorded your request"), and indeed nothing is recorded.
        assertThat(landed.uri()).isEqualTo(portal.uri("/ingen-adgang?ophoert"));
        assertThat(portal.reachesStartPage(browser)).isFalse();
        asAdmin();
        assertThat(accessRequests.pending()).noneMatch(r -> r.getSubject().equals("deaktiveret-idp"));
        assertThat(audit.latest(50)).filteredOn(e -> e.getAction().equals("LOGIN_FAILED")).first()
                .satisfies(failure -> assertThat(failure.getDetails()).isEqualTo("OAuth2AuthenticationException "
                        + PortalOidcUserService.ACCESS_ENDED));
    }

    @Test
    void the_session_id_changes_at_login() {
        TestIdentityProvider.claims("sessionskift-idp", "Jonas Lund", demoPerson("Jonas Lund").email(), true);
        var browser = new WebClient();
        browser.get(portal.uri("/login"));
        var before = portal.sessionId(browser);

        loginThroughProvider(browser, "sessionskift-idp");

        var after = portal.sessionId(browser);
        assertThat(after).isNotEqualTo(before);
        // Whoever knew the session id from before the login (session fixation) is not logged in with it.
        var attacker = new WebClient();
        attacker.setCookie(portal.host(), "JSESSIONID", before);
        assertThat(portal.reachesStartPage(attacker)).isFalse();
        assertThat(portal.reachesStartPage(browser)).isTrue();
    }

    /**
     * Clicks the provider's button on the portal's login page, logs in at the provider and follows the redirects
     * back to the portal; returns where the browser lands.
     */
    private WebClient.Response loginThroughProvider(WebClient browser, String login) {
        var providerLogin = browser.followRedirects(
                browser.get(portal.uri("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION)));
        assertThat(providerLogin.uri().getHost()).isEqualTo("localhost");
        assertThat(providerLogin.uri().getPath()).isEqualTo("/login");
        assertThat(providerLogin.status()).isEqualTo(200);
        var answer = browser.postForm(providerLogin.uri(), WebClient.form("username", login,
                "password", TestIdentityProvider.PASSWORD, "_csrf", providerLogin.csrfInput()));
        var landed = browser.followRedirects(answer);
        assertThat(landed.uri().getHost()).as("back at the portal after %s, but %s:%n%s", landed.hops(), landed,
                landed.body()).isEqualTo(portal.host());
        return landed;
    }

    private PersonSummary demoPerson(String name) {
        asAdmin();
        try {
            List<PersonSummary> found = people.search(name, PageRequest.of(0, 10));
            return found.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private long countFor(PersonSummary person, String action) {
        asAdmin();
        try {
            return audit.forObject("Person", person.id(), 500).stream()
                    .filter(e -> e.getAction().equals(action)).count();
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private long loginFailures() {
        asAdmin();
        try {
            return audit.latest(1000).stream().filter(e -> e.getAction().equals("LOGIN_FAILED")).count();
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private <T> T asAdminDo(java.util.function.Supplier<T> work) {
        asAdmin();
        try {
            return work.get();
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private void asAdmin() {
        AuthenticatedAs.login(users, "admin");
    }
}
