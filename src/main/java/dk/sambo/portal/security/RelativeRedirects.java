package dk.sambo.portal.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Every redirect to the portal itself goes out as a relative address ({@code Location: /login}), so a forged
 * {@code Host} or {@code X-Forwarded-Host} can never send the browser to another host (issue 10, ASVS 3.7.2).
 * Spring Security builds some of its redirects (the login entry point, a saved request after the login) as
 * absolute addresses from the request's host, which Tomcat takes from {@code X-Forwarded-Host} behind the TLS proxy;
 * this filter turns a redirect whose scheme, host and port are the request's own into its path and query. Redirects
 * to other hosts (the identity providers) stay as they are. Tomcat's own absolute rewriting of relative redirects is
 * off ({@code server.tomcat.use-relative-redirects=true}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RelativeRedirects extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(relative(request, location));
            }

            @Override
            public void sendRedirect(String location, boolean clearBuffer) throws IOException {
                super.sendRedirect(relative(request, location), clearBuffer);
            }

            @Override
            public void sendRedirect(String location, int sc) throws IOException {
                super.sendRedirect(relative(request, location), sc);
            }

            @Override
            public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
                super.sendRedirect(relative(request, location), sc, clearBuffer);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(request, value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(request, value) : value);
            }
        });
    }

    /**
     * A finished login (the local form's POST, the identity provider's return) redirects only to the portal's own
     * pages: to the page asked for before the login, saved with whatever host that request named. A forged Host
     * on that earlier request must not send the browser away after the login, so here every address is made
     * relative.
     */
    private static boolean endsALogin(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return "/login".equals(path) && "POST".equalsIgnoreCase(request.getMethod())
                || path.startsWith("/login/oauth2/code/");
    }

    /** {@code location} without scheme and authority when they are this request's own; else unchanged. */
    static String relative(HttpServletRequest request, String location) {
        if (location == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException notAnUri) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getRawAuthority() == null || uri.getHost() == null) {
            return location;
        }
        var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        boolean own = scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort()
                || endsALogin(request) && ("http".equals(scheme) || "https".equals(scheme));
        if (!own) {
            return location;
        }
        var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        // "//host" would be read as another host by the browser.
        while (path.startsWith("//")) {
            path = path.substring(1);
        }
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
