package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.core.env.StandardEnvironment;

import dk.sambo.portal.e2e.TestIdentityProvider;

/**
 * A misconfigured identity provider stops start-up with one line naming the property to fix. Each case starts a
 * real Spring application with Spring Boot's own OAuth2 client configuration, so the analyser is checked against
 * the messages Boot and Spring Security really produce, not copies of them. {@code OidcMisconfigurationIT} starts
 * the whole portal with a broken registration.
 */
class OidcConfigurationFailureAnalyzerTest {

    private static final String REGISTRATION = "spring.security.oauth2.client.registration.kolding.";
    private static final String PROVIDER = "spring.security.oauth2.client.provider.kolding.";

    @Test
    void a_registration_without_client_id_names_the_client_id_property() {
        var analysis = analyse(REGISTRATION + "provider=kolding", PROVIDER + "issuer-uri=" + closedPortUri());

        assertThat(analysis.getDescription())
                .isEqualTo("OIDC-udbyder 'kolding' mangler klient-id: sæt " + REGISTRATION + "client-id");
    }

    @Test
    void an_unreachable_issuer_names_the_issuer_uri_property_of_that_provider() {
        var issuer = closedPortUri();
        var analysis = analyse(REGISTRATION + "client-id=portal", PROVIDER + "issuer-uri=" + issuer);

        assertThat(analysis.getDescription()).isEqualTo("OIDC-udbyderen svarer ikke på issuer-uri " + issuer
                + " (forbindelsen afvist): kontrollér " + PROVIDER + "issuer-uri");
    }

    @Test
    void an_issuer_uri_that_differs_from_what_the_provider_calls_itself_names_both() {
        // A real provider; the configured issuer has a trailing slash, which the provider's own name lacks.
        var issuer = TestIdentityProvider.issuer();
        var analysis = analyse(REGISTRATION + "client-id=portal", PROVIDER + "issuer-uri=" + issuer + "/");

        assertThat(analysis.getDescription()).isEqualTo("OIDC-udbyderen kalder sig \"" + issuer + "\", men "
                + PROVIDER + "issuer-uri er \"" + issuer + "/\": skriv præcis \"" + issuer + "\"");
    }

    @Test
    void a_registration_without_a_provider_names_the_issuer_uri_to_set() {
        var analysis = analyse(REGISTRATION + "client-id=portal");

        assertThat(analysis.getDescription()).startsWith("OIDC-udbyder 'kolding' mangler udbyderens adresse: sæt "
                + PROVIDER + "issuer-uri");
    }

    @Test
    void a_registration_naming_an_unknown_provider_names_both_properties() {
        var analysis = analyse(REGISTRATION + "client-id=portal", REGISTRATION + "provider=koldng");

        assertThat(analysis.getDescription()).isEqualTo("OIDC-udbyder 'koldng' er ukendt: " + REGISTRATION
                + "provider=koldng, men spring.security.oauth2.client.provider.koldng.issuer-uri er ikke sat");
    }

    @Test
    void other_failures_are_left_to_spring_boot() {
        var analyzer = new OidcConfigurationFailureAnalyzer(new StandardEnvironment());

        assertThat(analyzer.analyze(new IllegalStateException("Port 8080 was already in use"))).isNull();
    }

    /**
     * Starts a small application with Spring Boot's OAuth2 client configuration and the given properties, expects
     * it to fail, and lets the analyser explain the failure with that application's environment.
     */
    private static FailureAnalysis analyse(String... properties) {
        var app = new SpringApplication(OAuth2ClientOnly.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        withoutLoggingReinitialisation(app);
        var environment = new StandardEnvironment();
        app.setEnvironment(environment);
        var args = new ArrayList<String>(List.of("--spring.config.name=oidc-failure-test",
                "--spring.main.banner-mode=off"));
        for (var property : properties) {
            args.add("--" + property);
        }
        var failure = catchThrowable(() -> app.run(args.toArray(String[]::new)));

        assertThat(failure).as("start-up should fail").isNotNull();
        var analysis = new OidcConfigurationFailureAnalyzer(environment).analyze(failure);
        assertThat(analysis).as("analysis of %s", failure).isNotNull();
        assertThat(analysis.getDescription()).doesNotContain("\n");
        return analysis;
    }

    /** This JVM also runs other tests' Spring contexts: a failing test application must not reset their logging. */
    static void withoutLoggingReinitialisation(SpringApplication app) {
        app.setListeners(app.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener))
                .toList());
    }

    /** An address where nothing listens: the port was free a moment ago and is closed again. */
    static String closedPortUri() {
        try (var socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ImportAutoConfiguration(OAuth2ClientAutoConfiguration.class)
    static class OAuth2ClientOnly {
    }
}
