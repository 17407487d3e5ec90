package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.WebClient;

/** Issue 15: the login page's UI is gone from the session once the person has logged in. */
@dk.sambo.portal.e2e.PortalServerTest
class LoginUiCloserIT {

    @LocalServerPort
    int port;

    @Autowired
    SessionTerminator terminator;

    @Test
    void the_login_pages_ui_leaves_the_session_at_login() {
        var portal = new PortalHttp(port);
        var browser = new WebClient();
        // What the browser does on the login page: the page, then Vaadin's init request, which creates the UI.
        browser.get(portal.uri("/login"));
        browser.get(portal.uri("/?v-r=init&location=login&query="));
        var before = terminator.session(portal.sessionId(browser)).orElseThrow();
        assertThat(uis(before)).as("the login page's UI").isEqualTo(1);

        var answer = portal.loginLocally(browser, "strategisk", "demo");
        assertThat(answer.isRedirect()).isTrue();

        var after = terminator.session(portal.sessionId(browser)).orElseThrow();
        assertThat(uis(after)).as("UIs left after login, before the start page loads").isZero();
    }

    /** The number of UIs the session's Vaadin sessions hold. */
    private static int uis(jakarta.servlet.http.HttpSession httpSession) {
        return com.vaadin.flow.server.VaadinSession.getAllSessions(httpSession).stream().mapToInt(s -> {
            s.lock();
            try {
                return s.getUIs().size();
            } finally {
                s.unlock();
            }
        }).sum();
    }
}
