package dk.sambo.portal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import dk.sambo.portal.organisation.PortalPrincipal;
import dk.sambo.portal.security.ui.LoginView;

/**
 * The absolute session lifetime (ASVS 5.0 7.3.2): a login lasts at most {@code portal.session.absolute-lifetime}
 * (12 hours by default, a long working shift) from the moment it was made, however active the person is; then the
 * session ends and the person logs in again. Tomcat ends an idle session after {@code server.servlet.session.timeout}
 * (7.3.1); this filter ends an active one. The start is the portal's clock at the first answer after the login
 * ({@link #STARTED}, kept in the session, so it moves with the session id at login and is what the person's own
 * session list shows).
 *
 * <p>A page request of an expired session is sent to {@code /login?lifetime}, where the person reads why. Vaadin's
 * own round trips cannot be redirected: they get a short-lived marker cookie, Vaadin reloads the page on the
 * ended session, and that page load goes to {@code /login?lifetime} (the same way as {@link SessionMovedFilter}).
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    /** Session attribute: the {@link Instant} the login was made, by the portal's clock. */
    static final String STARTED = "dk.sambo.portal.session.started";
    static final String MARKER = "SAMBO_SESSION_LIFETIME";

    private final Clock clock;
    private final Duration lifetime;
    private final Predicate<HttpServletRequest> frameworkInternal;
    private final OpenSessions openSessions;

    SessionLifetimeFilter(Clock clock, Duration lifetime, Predicate<HttpServletRequest> frameworkInternal,
            OpenSessions openSessions) {
        this.openSessions = openSessions;
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("portal.session.absolute-lifetime must be positive: " + lifetime);
        }
        this.clock = clock;
        this.lifetime = lifetime;
        this.frameworkInternal = frameworkInternal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var started = session == null ? null : started(session);
        if (started != null && !clock.instant().isBefore(started.plus(lifetime))) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile: the answer is the same
            }
            if (frameworkInternal.test(request)) {
                response.addHeader("Set-Cookie", MARKER + "=1; Path=/; Max-Age=300; HttpOnly; SameSite=Lax");
            } else if (isPage(request)) {
                response.sendRedirect(request.getContextPath() + LoginView.PATH + "?" + LoginView.LIFETIME);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (hasMarker(request) && !frameworkInternal.test(request) && (isPage(request) || isLoginPage(request))) {
            response.addHeader("Set-Cookie", MARKER + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
            if (request.getParameter(LoginView.LIFETIME) == null && "GET".equals(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + LoginView.PATH + "?" + LoginView.LIFETIME);
                return;
            }
        }
        chain.doFilter(request, response);
        if (started == null) {
            markStart(request.getSession(false), request.getHeader("User-Agent"));
        } else {
            openSessions.active(session);
        }
    }

    /** Sets the start on a session that holds a login and has none yet (the first answer after the login). */
    private void markStart(@Nullable HttpSession session, @Nullable String userAgent) {
        if (session == null) {
            return;
        }
        try {
            var person = loggedIn(session);
            if (session.getAttribute(STARTED) == null && person != null) {
                var now = clock.instant();
                session.setAttribute(STARTED, now);
                openSessions.loggedIn(session, person, userAgent, now);
            }
        } catch (IllegalStateException alreadyInvalid) {
            // logged out by this very request
        }
    }

    static @Nullable Instant started(HttpSession session) {
        try {
            return session.getAttribute(STARTED) instanceof Instant started ? started : null;
        } catch (IllegalStateException alreadyInvalid) {
            return null;
        }
    }

    /** The person id of the login the session holds, or null when it holds none. */
    private static @Nullable Long loggedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().isAuthenticated()
                && context.getAuthentication().getPrincipal() instanceof PortalPrincipal principal
                ? principal.personId() : null;
    }

    private static boolean isLoginPage(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).equals(LoginView.PATH);
    }

    private boolean isPage(HttpServletRequest request) {
        var accept = request.getHeader("Accept");
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
                && !path.startsWith(LoginView.PATH) && !path.startsWith("/VAADIN/") && !path.startsWith("/ical/")
                && !path.startsWith("/actuator/") && !path.startsWith("/scim/") && !path.startsWith("/oauth2/");
    }

    private static boolean hasMarker(HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> MARKER.equals(c.getName()));
    }
}
