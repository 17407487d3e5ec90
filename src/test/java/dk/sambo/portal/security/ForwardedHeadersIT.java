package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.sambo.portal.e2e.PortalServerTest;
import dk.sambo.portal.e2e.TestIdentityProvider;

/**
 * Behind a TLS-terminating proxy the portal sees plain HTTP; the proxy says what the browser used in
 * {@code X-Forwarded-*} headers. The redirect URI the portal sends to the identity provider must be the https
 * address the browser knows, or the provider refuses it (or sends the person to http).
 */
@PortalServerTest
class ForwardedHeadersIT {

    private static final Pattern REDIRECT_URI = Pattern.compile("[?&]redirect_uri=([^&]+)");

    @LocalServerPort
    int port;

    @Test
    void a_request_forwarded_as_https_sends_an_https_redirect_uri_to_the_identity_provider() throws Exception {
        var redirectUri = redirectUriSentToProvider("X-Forwarded-Proto", "https", "X-Forwarded-Host",
                "sambo.region.example");

        assertThat(redirectUri).isEqualTo("https://sambo.region.example/login/oauth2/code/"
                + TestIdentityProvider.REGISTRATION);
    }

    @Test
    void a_request_forwarded_as_https_without_a_host_keeps_its_host_and_drops_the_internal_port()
            throws Exception {
        var redirectUri = redirectUriSentToProvider("X-Forwarded-Proto", "https");

        assertThat(redirectUri).isEqualTo("https://127.0.0.1/login/oauth2/code/" + TestIdentityProvider.REGISTRATION);
    }

    @Test
    void a_request_without_forwarded_headers_keeps_plain_http() throws Exception {
        var redirectUri = redirectUriSentToProvider();

        assertThat(redirectUri).isEqualTo("http://127.0.0.1:" + port + "/login/oauth2/code/"
                + TestIdentityProvider.REGISTRATION);
    }

    /** Clicks the provider's button with the given request headers; returns the redirect_uri in the answer. */
    private String redirectUriSentToProvider(String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/"
                + TestIdentityProvider.REGISTRATION)).header("Accept", "text/html").GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try (var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(302);
            var location = response.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(TestIdentityProvider.issuer());
            var matcher = REDIRECT_URI.matcher(location);
            assertThat(matcher.find()).as(location).isTrue();
            return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
        }
    }
}
