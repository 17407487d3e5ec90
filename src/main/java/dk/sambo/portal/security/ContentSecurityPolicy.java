package dk.sambo.portal.security;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * The Content-Security-Policy of every answer (issue 10; ASVS 5.0 V3.4.3), with a fresh nonce per request.
 *
 * <p>Scripts: only the portal's own files ({@code 'self'}) and inline scripts that carry this request's nonce run.
 * Vaadin's bootstrap page starts the client engine with inline scripts: {@link #serviceInit} gives every script
 * of that page the nonce, so {@code 'unsafe-inline'} is not needed for scripts and an injected inline script or
 * inline event handler is refused. {@code 'unsafe-eval'} stays: Flow's client runs the expressions the server
 * sends ({@code executeJs}, event data) by constructing functions, which Vaadin documents as required outside its
 * production-only strict mode. Styles need {@code 'unsafe-inline'}: Vaadin's components, FullCalendar and
 * Chart.js set inline styles and style elements (Vaadin's documented requirement). Frames: only the portal may
 * frame its pages ({@code frame-ancestors 'self'}, beside {@code X-Frame-Options: SAMEORIGIN}).
 */
@Component
class ContentSecurityPolicy implements VaadinServiceInitListener {


    static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";
    /** The header field's name (a protocol name, not text for people). */
    static final String HEADER = "Content-Security-Policy";

    private static final SecureRandom RANDOM = new SecureRandom();

    static String policy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "frame-ancestors 'self'";
    }

    /** Puts the nonce on every script of Vaadin's bootstrap page, including its inline start-up scripts. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            var nonce = response.getVaadinRequest().getAttribute(NONCE_ATTRIBUTE);
            if (nonce instanceof String value) {
                response.getDocument().getElementsByTag("script").forEach(script -> script.attr("nonce", value));
            }
        });
    }

    /** The filter that writes the header; {@link SecurityConfig} places it in the security chain. */
    static OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                var bytes = new byte[18];
                RANDOM.nextBytes(bytes);
                var nonce = Base64.getEncoder().encodeToString(bytes);
                request.setAttribute(NONCE_ATTRIBUTE, nonce);
                response.setHeader(HEADER, policy(nonce));
                chain.doFilter(request, response);
            }
        };
    }
}
