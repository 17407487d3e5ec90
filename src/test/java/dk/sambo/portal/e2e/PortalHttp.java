package dk.sambo.portal.e2e;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * What a test does with the portal over plain HTTP, without a browser: log in with the local form and ask whether
 * a session still reaches a page for logged-in people. (What a Vaadin view shows is not in any HTTP answer: the
 * page is Vaadin's bootstrap and the view arrives in a later round trip. Check views with {@link BrowserTest}.)
 */
public final class PortalHttp {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;

    public PortalHttp(int port) {
        // 127.0.0.1, not localhost: the test identity provider answers on localhost, and browsers keep cookies
        // per host name, not per port.
        this.base = "http://127.0.0.1:" + port;
    }

    public String base() {
        return base;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** The host the portal's cookies belong to. */
    public String host() {
        return "127.0.0.1";
    }

    /** Opens the login page and posts the local login form, as the browser does; returns the form's answer. */
    public WebClient.Response loginLocally(WebClient browser, String username, String password) {
        var page = browser.get(uri("/login"));
        var csrf = CSRF_META.matcher(page.body());
        if (page.status() != 200 || !csrf.find()) {
            throw new IllegalStateException("No login page with a CSRF token: " + page + "\n" + page.body());
        }
        return browser.postForm(uri("/login"),
                WebClient.form("username", username, "password", password, "_csrf", csrf.group(1)));
    }

    /** True when this browser's session opens the start page; false when it is sent to the login page. */
    public boolean reachesStartPage(WebClient browser) {
        var response = browser.get(uri("/"));
        if (response.status() == 200) {
            return true;
        }
        if (response.isRedirect() && response.redirectTarget().getPath().equals("/login")) {
            return false;
        }
        throw new IllegalStateException("Unexpected answer for the start page: " + response);
    }

    public String sessionId(WebClient browser) {
        return browser.cookie(host(), "JSESSIONID")
                .orElseThrow(() -> new IllegalStateException("No portal session cookie"));
    }
}
