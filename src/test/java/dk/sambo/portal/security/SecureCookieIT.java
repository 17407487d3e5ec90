package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.sambo.portal.e2e.PortalServerTest;

/**
 * Issue 10, cookies over https, against the running server with a real HTTP client. The portal runs behind a
 * TLS-terminating proxy and trusts its {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy=native},
 * Tomcat's RemoteIpValve; the test client on 127.0.0.1 is an internal address, as the proxy is). A request the
 * proxy forwards as https gets a session cookie that is {@code Secure; HttpOnly; SameSite=Lax}, before and after
 * the login (which changes the session id), and every other cookie the portal sets on the way carries the same
 * attributes. Over plain http the cookie is not Secure (a browser would drop it), see
 * {@code LoginSecurityIT.the_session_cookie_is_http_only_and_same_site_lax}.
 */
@PortalServerTest
class SecureCookieIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void a_request_the_proxy_forwards_as_https_gets_a_secure_http_only_same_site_lax_cookie_also_after_the_login()
            throws Exception {
        var cookies = new ArrayList<String>();

        var page = http.send(viaTlsProxy("/login").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        cookies.addAll(page.headers().allValues("Set-Cookie"));
        var session = sessionCookie(page.headers().allValues("Set-Cookie"));
        assertThat(session).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("HSTS, since the request was https")
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
        var csrf = CSRF_META.matcher(page.body());
        assertThat(csrf.find()).isTrue();

        var form = "username=sygeplejerske&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1),
                StandardCharsets.UTF_8);
        var login = http.send(viaTlsProxy("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("Cookie", session.split(";")[0])
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        var target = URI.create(login.headers().firstValue("Location").orElseThrow());
        assertThat(target.getPath()).as("logged in, not sent back to the login").isNotEqualTo("/login");
        assertThat(target.getScheme()).as("redirects stay on https").isIn(null, "https");
        cookies.addAll(login.headers().allValues("Set-Cookie"));
        var afterLogin = sessionCookie(login.headers().allValues("Set-Cookie"));
        assertThat(afterLogin.split(";")[0]).as("a new session id at login").isNotEqualTo(session.split(";")[0]);

        var start = http.send(viaTlsProxy("/").header("Accept", "text/html").header("Cookie", afterLogin.split(";")[0])
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(start.statusCode()).as("the session works over the proxy").isEqualTo(200);
        cookies.addAll(start.headers().allValues("Set-Cookie"));

        assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).as(cookie)
                .containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax"));
    }

    @Test
    void without_the_proxys_https_header_the_cookie_is_not_marked_secure_and_no_hsts_is_sent() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding());
        var session = sessionCookie(page.headers().allValues("Set-Cookie"));
        assertThat(session).doesNotContainIgnoringCase("Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** A request as the TLS proxy forwards it: plain http to the portal, with the proxy's headers. */
    private HttpRequest.Builder viaTlsProxy(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "198.51.100.23")
                .timeout(Duration.ofSeconds(60));
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }
}
