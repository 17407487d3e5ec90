package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.Application;
import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.TestIdentityProvider;
import dk.sambo.portal.e2e.WebClient;
import dk.sambo.portal.organisation.PeopleAdministration;

/**
 * One municipality's identity provider is down when the portal starts. The portal starts anyway, shows that
 * provider's button as unavailable and refuses its login politely; when the provider comes up on its address,
 * the background retry finds it and login through it works. The whole portal is started as in production (its
 * own {@link SpringApplication}), with the provider registered at a port where nothing listens yet.
 */
class UnreachableIdentityProviderIT {

    /** This class starts a portal context of its own, whose Vaadin replaces the global security-context
     * strategy; the end-to-end tests after it run on the shared server context and need theirs back. */
    private static org.springframework.security.core.context.SecurityContextHolderStrategy strategyBefore;

    @org.junit.jupiter.api.BeforeAll
    static void rememberSecurityContextStrategy() {
        strategyBefore = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
    }

    @org.junit.jupiter.api.AfterAll
    static void restoreSecurityContextStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }


    private static final String LATE = "sen";

    private ConfigurableApplicationContext portalContext;
    private ConfigurableApplicationContext provider;

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
        if (provider != null) {
            provider.close();
        }
        if (portalContext != null) {
            portalContext.close();
        }
    }

    @Test
    void the_portal_starts_while_a_provider_is_down_and_logs_in_through_it_once_it_answers() throws Exception {
        int providerPort = freePort();
        var app = new SpringApplication(Application.class);
        OidcConfigurationFailureAnalyzerTest.withoutLoggingReinitialisation(app);
        var registration = "--spring.security.oauth2.client.registration." + LATE + ".";
        portalContext = app.run("--spring.profiles.active=test,demo",
                "--spring.datasource.url=jdbc:hsqldb:mem:unreachable-provider-test;hsqldb.tx=mvcc",
                "--server.port=0",
                "--portal.security.oidc.retry-interval=500ms",
                registration + "client-id=" + TestIdentityProvider.CLIENT_ID,
                registration + "client-secret=" + TestIdentityProvider.CLIENT_SECRET,
                registration + "client-name=Sen Kommune",
                registration + "scope=openid,profile,email",
                "--spring.security.oauth2.client.provider." + LATE + ".issuer-uri=http://localhost:" + providerPort);

        var providers = portalContext.getBean(LoginProviders.class);
        assertThat(providers.all()).containsExactly(new LoginProviders.Provider(LATE, "Sen Kommune", false));
        var portal = new PortalHttp(((WebServerApplicationContext) portalContext).getWebServer().getPort());
        var refused = new WebClient().get(portal.uri("/oauth2/authorization/" + LATE));
        assertThat(refused.isRedirect()).as("%s", refused).isTrue();
        assertThat(refused.redirectTarget().getPath() + "?" + refused.redirectTarget().getQuery())
                .isEqualTo("/login?unavailable");

        provider = TestIdentityProvider.startAnother(providerPort, LATE);
        waitUntilAvailable(providers);

        assertThat(providers.all()).containsExactly(new LoginProviders.Provider(LATE, "Sen Kommune", true));
        var lone = demoEmail("Lone Bech");
        TestIdentityProvider.claims("lone-sen", "Lone Bech", lone, true);
        var browser = new WebClient();
        var providerLogin = browser.followRedirects(browser.get(portal.uri("/oauth2/authorization/" + LATE)));
        assertThat(providerLogin.uri().toString()).startsWith("http://localhost:" + providerPort + "/login");
        var landed = browser.followRedirects(browser.postForm(providerLogin.uri(), WebClient.form(
                "username", "lone-sen", "password", TestIdentityProvider.PASSWORD,
                "_csrf", providerLogin.csrfInput())));
        assertThat(landed.uri()).as("%s", landed.hops()).isEqualTo(portal.uri("/"));
        assertThat(portal.reachesStartPage(browser)).isTrue();
    }

    private static void waitUntilAvailable(LoginProviders providers) {
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> providers.all().getFirst().available());
    }

    private String demoEmail(String name) {
        AuthenticatedAs.login(portalContext.getBean(UserDetailsService.class), "admin");
        try {
            List<dk.sambo.portal.organisation.PersonSummary> found = portalContext.getBean(PeopleAdministration.class)
                    .search(name, PageRequest.of(0, 5));
            return found.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().email();
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
