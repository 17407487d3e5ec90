package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dk.sambo.portal.e2e.PortalServerTest;
import dk.sambo.portal.e2e.TestIdentityProvider;

/**
 * With the portal's public address configured ({@code portal.security.oidc.public-base-url}), the redirect URI sent
 * to the identity provider comes from it: no {@code Host} or {@code X-Forwarded-*} header changes it (issue 10).
 */
@PortalServerTest
@TestPropertySource(properties = "portal.security.oidc.public-base-url=https://sambo.region.example/")
class PublicBaseUrlIT {

    private static final Pattern REDIRECT_URI = Pattern.compile("[?&]redirect_uri=([^&]+)");

    @LocalServerPort
    int port;

    @Test
    void the_redirect_uri_is_the_configured_address_whatever_host_the_request_names() throws Exception {
        var expected = "https://sambo.region.example/login/oauth2/code/" + TestIdentityProvider.REGISTRATION;
        for (var headers : List.of(List.<String>of(), List.of("X-Forwarded-Host", "evil.example"),
                List.of("Host", "evil.example", "X-Forwarded-Proto", "http"),
                List.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "8443"))) {
            var answer = RawHttp.send(port, "GET", "/oauth2/authorization/" + TestIdentityProvider.REGISTRATION, null,
                    headers.toArray(String[]::new));
            assertThat(answer.status()).as(headers.toString()).isEqualTo(302);
            var location = answer.location().orElseThrow();
            assertThat(URI.create(location).getHost()).as("the provider").isEqualTo("localhost");
            var matcher = REDIRECT_URI.matcher(location);
            assertThat(matcher.find()).as(location).isTrue();
            assertThat(URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8)).as(headers.toString())
                    .isEqualTo(expected);
        }
    }
}
