package dk.sambo.portal.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import dk.sambo.portal.security.ui.LoginView;

/**
 * Guards the local login form's POST before the password is checked (Spring Security's CSRF filter has already
 * required the form's token):
 * <ul>
 * <li>a post from another site ({@code Origin} of another host, or {@code Sec-Fetch-Site: cross-site}) is refused
 * with 403: login CSRF, ASVS 5.0 V3.5.1;</li>
 * <li>an attempt for a name or from an address that {@link LoginThrottle} holds back is answered at once with
 * the login page and "try again in N seconds", never by sleeping on the request thread.</li>
 * </ul>
 * Not a Spring bean on purpose: {@link SecurityConfig} puts it into the security chain only.
 */
final class LoginGuardFilter extends OncePerRequestFilter {

    private static final RequestMatcher LOGIN_POST = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, LoginView.PATH);

    private final LoginThrottle throttle;

    LoginGuardFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN_POST.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            // A plain 403, not sendError: the error page dispatch would turn it into a redirect to the login page.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Login from another site refused");
            return;
        }
        var username = request.getParameter("username");
        var address = request.getRemoteAddr();
        var wait = throttle.waitBefore(username == null ? "" : username, address);
        if (!wait.isZero()) {
            throttle.refused(username == null ? "" : username, address, wait);
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.sendRedirect(request.getContextPath() + LoginView.PATH + "?" + LoginView.WAIT + "=" + seconds);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        var fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.toLowerCase(Locale.ROOT).equals("cross-site")) {
            return true;
        }
        var origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            var host = URI.create(origin.strip()).getHost();
            // "null" (a sandboxed or privacy-sensitive context) has no host: not our own page.
            return host == null || !host.equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
