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
import dk.sambo.portal.e2e.TestIdentityProvider;

/**
 * Issue 10, cookies over https, against the running server with a real HTTP client. The portal runs behind a
 * TLS-terminating proxy and trusts its {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy=native},
 * Tomcat's RemoteIpValve; the test client on 127.0.0.1 is an internal address, as the proxy is). A request the
 * proxy forwards as https gets a session cookie that is {@code Secure; HttpOnly; SameSite=Lax}, before and after
 * the login (which changes the session id), and every other cookie the portal sets on the way carries the same
 * attributes. Over https the session cookie carries the {@code __Host-} prefix ({@link HostPrefixCookies}), also
 * through the OIDC login's redirect to the provider and back. Over plain http the cookie is not Secure (a browser would drop it), see
 * {@code LoginSecurityIT.the_session_cookie_is_http_only_and_same_site_lax}.
 */
@PortalServerTest
class SecureCookieIT {

    private static final String HOST_PREFIXED = "__Host-JSESSIONID";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    SessionTerminator terminator;

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
        var session = sessionCookie(page.headers().allValues("Set-Cookie"), HOST_PREFIXED);
        assertThat(session).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax").contains("; Path=/").doesNotContainIgnoringCase("Domain=");
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
        var afterLogin = sessionCookie(login.headers().allValues("Set-Cookie"), HOST_PREFIXED);
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
        var session = sessionCookie(page.headers().allValues("Set-Cookie"), "JSESSIONID");
        assertThat(session).doesNotContainIgnoringCase("Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_host_prefixed_session_cookie_carries_the_oidc_login_state_from_the_redirect_to_the_callback()
            throws Exception {
        var start = http.send(viaTlsProxy("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION)
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(start.statusCode()).isEqualTo(302);
        var location = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(location.getHost()).as("off to the identity provider").isEqualTo("localhost");
        var cookie = sessionCookie(start.headers().allValues("Set-Cookie"), HOST_PREFIXED);
        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; SameSite=Lax");
        var id = cookie.split(";")[0].substring((HOST_PREFIXED + "=").length());
        var state = java.util.Arrays.stream(location.getRawQuery().split("&")).filter(p -> p.startsWith("state="))
                .findFirst().orElseThrow().substring("state=".length());
        assertThat(terminator.session(id)).as("the state is kept in the session the prefixed cookie names")
                .hasValueSatisfying(s -> assertThat(java.util.Collections.list(s.getAttributeNames()))
                        .anyMatch(name -> name.contains("AUTHORIZATION_REQUEST")));

        // The provider's redirect back (a top-level cross-site GET: SameSite=Lax sends the cookie): the portal
        // finds its authorization request through the prefixed cookie and takes it out of the session.
        var callback = http.send(viaTlsProxy("/login/oauth2/code/" + TestIdentityProvider.REGISTRATION
                + "?code=not-a-real-code&state=" + state).header("Accept", "text/html")
                .header("Cookie", HOST_PREFIXED + "=" + id).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(callback.statusCode()).isEqualTo(302);
        var stillThere = terminator.session(id).map(s -> java.util.Collections.list(s.getAttributeNames()))
                .orElse(new java.util.ArrayList<>());
        assertThat(stillThere).as("the callback used the session (a made-up code then fails at the provider)")
                .noneMatch(name -> name.contains("AUTHORIZATION_REQUEST"));
    }

    /** A request as the TLS proxy forwards it: plain http to the portal, with the proxy's headers. */
    private HttpRequest.Builder viaTlsProxy(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "198.51.100.23")
                .timeout(Duration.ofSeconds(60));
    }

    private static String sessionCookie(List<String> setCookies, String name) {
        assertThat(setCookies).as("no session cookie without the prefix over https").noneMatch(
                c -> name.equals(HOST_PREFIXED) && c.startsWith("JSESSIONID="));
        return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }
}
