package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.source.JWKSource;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.PortalServerTest;
import dk.sambo.portal.e2e.TestIdentityProvider;
import dk.sambo.portal.e2e.WebClient;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonSummary;

/**
 * Logging out on a shared ward PC must end the session at the identity provider too (OpenID Connect RP-initiated
 * logout), or the next person who clicks the button is logged in as the previous one. And the provider may end
 * the portal session itself (back-channel logout). Against the in-process provider, over plain HTTP.
 */
@PortalServerTest
class OidcLogoutIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeopleAdministration people;

    @Autowired
    AuditLog audit;

    PortalHttp portal;

    @BeforeEach
    void setUp() {
        portal = new PortalHttp(port);
        TestIdentityProvider.allowPostLogoutRedirect(portal.base() + "/login");
    }

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
    }

    @Test
    void after_logout_the_button_asks_the_identity_provider_for_credentials_again() {
        var jonas = demoPerson("Jonas Lund");
        TestIdentityProvider.claims("jonas-logout", jonas.name(), jonas.email(), true);
        var browser = new WebClient();
        loginThroughProvider(browser, "jonas-logout");
        // While the provider's session lives, the button logs straight in again without asking.
        var again = browser.followRedirects(browser.get(loginButton()));
        assertThat(again.uri()).isEqualTo(portal.uri("/"));
        long logoutsBefore = countFor(jonas, "LOGGED_OUT");

        var afterLogout = browser.followRedirects(logout(browser));

        assertThat(afterLogout.hops()).as("passes the provider's end-session endpoint")
                .anyMatch(hop -> hop.getHost().equals("localhost") && hop.getPath().equals("/connect/logout"));
        assertThat(afterLogout.uri()).isEqualTo(portal.uri("/login"));
        assertThat(portal.reachesStartPage(browser)).isFalse();
        var next = browser.followRedirects(browser.get(loginButton()));
        assertThat(next.uri().getHost()).isEqualTo("localhost");
        assertThat(next.uri().getPath()).isEqualTo("/login");
        assertThat(next.body()).contains("password");
        assertThat(countFor(jonas, "LOGGED_OUT")).isEqualTo(logoutsBefore + 1);
    }

    @Test
    void the_identity_provider_can_end_the_portal_session_by_back_channel_logout() {
        var camilla = demoPerson("Camilla Friis");
        TestIdentityProvider.claims("camilla-backchannel", camilla.name(), camilla.email(), true);
        var browser = new WebClient();
        loginThroughProvider(browser, "camilla-backchannel");
        assertThat(portal.reachesStartPage(browser)).isTrue();
        long logoutsBefore = countFor(camilla, "LOGGED_OUT");

        var answer = new WebClient().postForm(portal.uri("/logout/connect/back-channel/"
                + TestIdentityProvider.REGISTRATION), WebClient.form("logout_token",
                        logoutToken("camilla-backchannel")));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(portal.reachesStartPage(browser)).isFalse();
        assertThat(countFor(camilla, "LOGGED_OUT")).isEqualTo(logoutsBefore + 1);
    }

    @Test
    void a_back_channel_logout_token_not_signed_by_the_provider_ends_nothing() {
        var mette = demoPerson("Mette Sørensen");
        TestIdentityProvider.claims("mette-backchannel", mette.name(), mette.email(), true);
        var browser = new WebClient();
        loginThroughProvider(browser, "mette-backchannel");
        var provider = TestIdentityProvider.startAnother(0, "other");
        String forged;
        try {
            forged = logoutToken(encoder(provider), "mette-backchannel");
        } finally {
            provider.close();
        }

        var answer = new WebClient().postForm(portal.uri("/logout/connect/back-channel/"
                + TestIdentityProvider.REGISTRATION), WebClient.form("logout_token", forged));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(portal.reachesStartPage(browser)).isTrue();
    }

    /** A logout token (OpenID Connect Back-Channel Logout 1.0, section 2.4) for a subject, signed by the provider. */
    private static String logoutToken(String subject) {
        return logoutToken(encoder(TestIdentityProvider.context()), subject);
    }

    /** Signs with the provider's own key (Spring Authorization Server's JWK source). */
    @SuppressWarnings("unchecked")
    private static JwtEncoder encoder(org.springframework.context.ApplicationContext provider) {
        return new NimbusJwtEncoder(provider.getBean(JWKSource.class));
    }

    private static String logoutToken(JwtEncoder encoder, String subject) {
        var claims = JwtClaimsSet.builder()
                .issuer(TestIdentityProvider.issuer())
                .audience(List.of(TestIdentityProvider.CLIENT_ID))
                .subject(subject)
                .issuedAt(Instant.ofEpochSecond(System.currentTimeMillis() / 1000))
                .id(UUID.randomUUID().toString())
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                .build();
        var header = JwsHeader.with(SignatureAlgorithm.RS256).type("logout+jwt").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private java.net.URI loginButton() {
        return portal.uri("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION);
    }

    /** The logout a browser does: POST /logout with the page's CSRF token. */
    private WebClient.Response logout(WebClient browser) {
        var page = browser.get(portal.uri("/"));
        var csrf = CSRF_META.matcher(page.body());
        assertThat(csrf.find()).as("CSRF token on the start page:%n%s", page.body()).isTrue();
        return browser.postForm(portal.uri("/logout"), WebClient.form("_csrf", csrf.group(1)));
    }

    private void loginThroughProvider(WebClient browser, String login) {
        var providerLogin = browser.followRedirects(browser.get(loginButton()));
        assertThat(providerLogin.uri().getPath()).isEqualTo("/login");
        var answer = browser.postForm(providerLogin.uri(), WebClient.form("username", login,
                "password", TestIdentityProvider.PASSWORD, "_csrf", providerLogin.csrfInput()));
        var landed = browser.followRedirects(answer);
        assertThat(landed.uri()).as("%s", landed.hops()).isEqualTo(portal.uri("/"));
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

    private long countFor(PersonSummary person, String action) {
        AuthenticatedAs.login(users, "admin");
        try {
            return audit.forObject("Person", person.id(), 500).stream()
                    .filter(e -> e.getAction().equals(action)).count();
        } finally {
            AuthenticatedAs.logout();
        }
    }
}
