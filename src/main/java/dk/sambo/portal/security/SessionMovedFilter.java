package dk.sambo.portal.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import dk.sambo.portal.security.ui.LoginView;

/**
 * A request carrying a session id this node does not know, and never ended or saw expire, comes from a session
 * that lived on another node (one that died or was stopped, so the balancer moved the person here) or on this node
 * before a restart. Such a page request is sent to {@code /login?moved}, where the person is told in Danish (or
 * English) that their session moved to another server and that what they had typed is not saved. Vaadin's own
 * round trips (the usual first request after a move) cannot be redirected: they get a short-lived marker cookie,
 * and the page load Vaadin then makes goes to {@code /login?moved}. Sessions this node ended itself (deactivation,
 * logout, expiry) get the ordinary login page.
 */
final class SessionMovedFilter extends OncePerRequestFilter {

    static final String MARKER = "SAMBO_SESSION_MOVED";
    private static final List<String> NOT_PAGES = List.of(LoginView.PATH, "/logout", "/oauth2/", "/login/",
            "/VAADIN/", "/actuator/", "/scim/", "/ical/", "/assets/", "/favicon", "/icons/", "/sw", "/manifest",
            "/offline", "/no-access", "/error");

    private final SessionTerminator sessions;
    private final Predicate<HttpServletRequest> frameworkInternal;

    SessionMovedFilter(SessionTerminator sessions, Predicate<HttpServletRequest> frameworkInternal) {
        this.sessions = sessions;
        this.frameworkInternal = frameworkInternal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var id = request.getRequestedSessionId();
        boolean moved = id != null && !request.isRequestedSessionIdValid() && !sessions.endedHere(id);
        boolean marked = hasMarker(request);
        if (moved || marked) {
            var path = request.getRequestURI().substring(request.getContextPath().length());
            if (frameworkInternal.test(request)) {
                if (moved) {
                    response.addHeader("Set-Cookie", MARKER + "=1; Path=/; Max-Age=300; HttpOnly; SameSite=Lax");
                }
            } else if (isPage(request, path)) {
                clearMarker(response, marked);
                response.sendRedirect(request.getContextPath() + LoginView.PATH + "?" + LoginView.MOVED);
                return;
            } else if (path.equals(LoginView.PATH) && "GET".equals(request.getMethod()) && marked
                    && request.getParameter(LoginView.MOVED) == null) {
                clearMarker(response, true);
                response.sendRedirect(request.getContextPath() + LoginView.PATH + "?" + LoginView.MOVED);
                return;
            } else if (path.equals(LoginView.PATH) && marked) {
                clearMarker(response, true);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isPage(HttpServletRequest request, String path) {
        var accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
                && NOT_PAGES.stream().noneMatch(path::startsWith);
    }

    private static boolean hasMarker(HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> MARKER.equals(c.getName()));
    }

    private static void clearMarker(HttpServletResponse response, boolean marked) {
        if (marked) {
            var cookie = new Cookie(MARKER, "");
            cookie.setPath("/");
            cookie.setMaxAge(0);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }
}
