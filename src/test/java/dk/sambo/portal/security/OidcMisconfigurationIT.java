package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dk.sambo.portal.Application;

/**
 * The whole portal, started as in production but with an identity provider registered without a client id,
 * stops with Spring Boot's failure report whose description is the analyser's one line: Boot's own analysers do
 * not get there first.
 */
@ExtendWith(OutputCaptureExtension.class)
class OidcMisconfigurationIT {

    @Test
    void the_portal_stops_with_one_line_naming_the_missing_property(CapturedOutput output) {
        var app = new SpringApplication(Application.class);
        OidcConfigurationFailureAnalyzerTest.withoutLoggingReinitialisation(app);

        var failure = catchThrowable(() -> app.run("--spring.profiles.active=test",
                "--spring.datasource.url=jdbc:hsqldb:mem:oidc-misconfiguration-test",
                "--server.port=0",
                "--spring.security.oauth2.client.registration.kolding.provider=kolding",
                "--spring.security.oauth2.client.provider.kolding.issuer-uri="
                        + OidcConfigurationFailureAnalyzerTest.closedPortUri()));

        assertThat(failure).isNotNull();
        var report = output.getAll();
        assertThat(report).contains("APPLICATION FAILED TO START");
        assertThat(report.substring(report.lastIndexOf("Description:")))
                .contains("Description:\n\nOIDC-udbyder 'kolding' mangler klient-id: sæt "
                        + "spring.security.oauth2.client.registration.kolding.client-id\n\nAction:");
    }
}
