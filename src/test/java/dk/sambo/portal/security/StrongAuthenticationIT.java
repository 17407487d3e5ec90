package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.PortalServerTest;
import dk.sambo.portal.e2e.TestIdentityProvider;
import dk.sambo.portal.e2e.WebClient;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonSummary;

/**
 * Multi-factor login for the roles that need it (issue 10, ASVS 6.3.3, 6.8.4): with
 * {@code portal.security.oidc.strong-authentication.<registration>.*} set, a person holding one of the listed roles
 * (here administrators and the implementing level) is let in only when the provider's ID token reports a strong
 * login ({@code amr} containing {@code mfa}, or the configured {@code acr}); a single-factor login is sent back to
 * the login page, which says why. People without those roles are not affected. Against the in-process provider.
 */
@PortalServerTest
@TestPropertySource(properties = {
        "portal.security.oidc.strong-authentication." + TestIdentityProvider.REGISTRATION + ".roles=ADMIN,IMPLEMENTING",
        "portal.security.oidc.strong-authentication." + TestIdentityProvider.REGISTRATION + ".amr=mfa,hwk",
        "portal.security.oidc.strong-authentication." + TestIdentityProvider.REGISTRATION
                + ".acr=https://data.gov.dk/concept/core/nsis/loa/Substantial"})
class StrongAuthenticationIT {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeopleAdministration people;

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
    }

    @Test
    void the_implementing_level_needs_a_multi_factor_login_and_gets_in_with_one() {
        var trine = demoPerson("Trine Nørgaard");
        TestIdentityProvider.claims("trine-strong", trine.name(), trine.email(), true);
        var portal = new PortalHttp(port);

        TestIdentityProvider.loginStrength("trine-strong", null, "pwd");
        var single = new WebClient();
        var refused = loginThroughProvider(portal, single, "trine-strong");
        assertThat(refused.uri().getPath()).as("%s", refused.hops()).isEqualTo("/login");
        assertThat(refused.uri().getQuery()).isEqualTo(dk.sambo.portal.security.ui.LoginView.STRONGER);
        assertThat(portal.reachesStartPage(single)).isFalse();

        TestIdentityProvider.loginStrength("trine-strong", null, "pwd", "mfa");
        var withMfa = new WebClient();
        assertThat(loginThroughProvider(portal, withMfa, "trine-strong").uri()).isEqualTo(portal.uri("/"));
        assertThat(portal.reachesStartPage(withMfa)).isTrue();

        TestIdentityProvider.loginStrength("trine-strong", "https://data.gov.dk/concept/core/nsis/loa/Substantial");
        var withAcr = new WebClient();
        assertThat(loginThroughProvider(portal, withAcr, "trine-strong").uri()).isEqualTo(portal.uri("/"));

        TestIdentityProvider.loginStrength("trine-strong", "https://data.gov.dk/concept/core/nsis/loa/Low", "otp");
        var weakAcr = new WebClient();
        assertThat(loginThroughProvider(portal, weakAcr, "trine-strong").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void a_person_without_such_a_role_gets_in_with_a_single_factor() {
        var jonas = demoPerson("Jonas Lund");
        TestIdentityProvider.claims("jonas-single", jonas.name(), jonas.email(), true);
        TestIdentityProvider.loginStrength("jonas-single", null, "pwd");
        var portal = new PortalHttp(port);
        var browser = new WebClient();
        assertThat(loginThroughProvider(portal, browser, "jonas-single").uri()).isEqualTo(portal.uri("/"));
    }

    /** The provider's button, its login form, and every redirect after it; returns where the browser lands. */
    private static WebClient.Response loginThroughProvider(PortalHttp portal, WebClient browser, String login) {
        var providerLogin = browser.followRedirects(browser.get(portal.uri("/oauth2/authorization/"
                + TestIdentityProvider.REGISTRATION)));
        assertThat(providerLogin.uri().getPath()).isEqualTo("/login");
        var answer = browser.postForm(providerLogin.uri(), WebClient.form("username", login,
                "password", TestIdentityProvider.PASSWORD, "_csrf", providerLogin.csrfInput()));
        return browser.followRedirects(answer);
    }

    private PersonSummary demoPerson(String name) {
        AuthenticatedAs.login(users, "admin");
        try {
            return people.search(name, PageRequest.of(0, 10)).stream().filter(p -> p.name().equals(name))
                    .findFirst().orElseThrow();
        } finally {
            AuthenticatedAs.logout();
        }
    }
}
