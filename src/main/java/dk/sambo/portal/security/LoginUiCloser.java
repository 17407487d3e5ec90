package dk.sambo.portal.security;

import java.util.ArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinSession;

/**
 * Issue 15: the login page's UI leaves the session when the person logs in (local form or OIDC). The browser
 * goes on to a new page and a new UI; without this the login UI, its component tree and its push connection stay
 * in the session until three heartbeats are missed, doubling the UIs of every logged-in session for minutes.
 */
@Component
class LoginUiCloser {

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        var httpSession = attributes.getRequest().getSession(false);
        if (httpSession == null) {
            return;
        }
        for (var session : VaadinSession.getAllSessions(httpSession)) {
            session.accessSynchronously(() -> {
                for (var ui : new ArrayList<>(session.getUIs())) {
                    ui.accessSynchronously(() -> {
                        ui.close();
                        session.removeUI(ui);
                    });
                }
            });
        }
    }
}
