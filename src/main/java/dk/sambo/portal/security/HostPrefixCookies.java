package dk.sambo.portal.security;

import java.nio.charset.Charset;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.CookieProcessor;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.http.ServerCookies;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The session cookie is {@code __Host-JSESSIONID} on every answer to a request that came over https, directly or
 * through the TLS proxy ({@code X-Forwarded-Proto}, trusted by {@code server.forward-headers-strategy}) (ASVS 5.0
 * 3.3.1, 3.3.3): a browser takes a {@code __Host-} cookie only when it is {@code Secure}, has {@code Path=/} and
 * no {@code Domain}, so no sibling host and no plain-http page can set or overwrite it. Over plain http (development,
 * the tests' local server) the name stays {@code JSESSIONID}, since a browser refuses a {@code __Host-} cookie
 * without {@code Secure}.
 *
 * <p>Tomcat looks the session up by one cookie name per web application, so this wraps Tomcat's cookie processor
 * (Spring Boot's, which adds {@code SameSite}): an incoming {@code __Host-JSESSIONID} is read as the session cookie,
 * and an outgoing session cookie on a secure request is written with the prefix. The session itself is the same:
 * the OIDC login's state and the session id change at login work unchanged ({@code SecureCookieIT}).
 */
@Component
class HostPrefixCookies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String PREFIX = "__Host-";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Context customizers run after Spring Boot set its own cookie processor (SameSite): wrap that one.
        factory.addContextCustomizers(context -> {
            var name = context.getSessionCookieName() == null ? "JSESSIONID" : context.getSessionCookieName();
            context.setCookieProcessor(new Processor(context.getCookieProcessor(), name));
        });
    }

    /** Tomcat's cookie processor with the session cookie's {@code __Host-} name on secure requests. */
    static final class Processor implements CookieProcessor {

        private final CookieProcessor delegate;
        private final String sessionCookie;

        Processor(CookieProcessor delegate, String sessionCookie) {
            this.delegate = delegate;
            this.sessionCookie = sessionCookie;
        }

        @Override
        public void parseCookieHeader(MimeHeaders headers, ServerCookies cookies) {
            delegate.parseCookieHeader(headers, cookies);
            var prefixed = PREFIX + sessionCookie;
            for (int i = 0; i < cookies.getCookieCount(); i++) {
                var name = cookies.getCookie(i).getName();
                if (name.equals(prefixed)) {
                    name.setString(sessionCookie);
                }
            }
        }

        @Override
        public String generateHeader(Cookie cookie, HttpServletRequest request) {
            if (request != null && request.isSecure() && sessionCookie.equals(cookie.getName())
                    && cookie.getDomain() == null && (cookie.getPath() == null || "/".equals(cookie.getPath()))) {
                // Generated under its own name, so Spring Boot's processor still adds SameSite, then prefixed.
                var secure = (Cookie) cookie.clone();
                secure.setSecure(true);
                secure.setPath("/");
                var header = delegate.generateHeader(secure, request);
                if (header.startsWith(sessionCookie + "=")) {
                    return PREFIX + header;
                }
                return header;
            }
            return delegate.generateHeader(cookie, request);
        }

        @Override
        public Charset getCharset() {
            return delegate.getCharset();
        }
    }
}
