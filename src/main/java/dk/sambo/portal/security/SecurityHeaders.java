package dk.sambo.portal.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every answer (issue 10; ASVS 5.0 V3.4): Vaadin pages, static files, the iCal feed and
 * downloads alike, because all of them pass the security filter chain.
 * <ul>
 * <li>{@code Content-Security-Policy} with a nonce per request ({@link ContentSecurityPolicy});</li>
 * <li>{@code X-Content-Type-Options: nosniff};</li>
 * <li>{@code Referrer-Policy: same-origin} (links to other sites never carry a portal address);</li>
 * <li>{@code Permissions-Policy}: no camera, microphone, location, payment, USB, ... for any page;</li>
 * <li>{@code X-Frame-Options: SAMEORIGIN} beside CSP's {@code frame-ancestors 'self'} for old browsers;</li>
 * <li>{@code Strict-Transport-Security} (one year, sub-domains) on answers served over https: behind a TLS
 * proxy the portal sees https when the proxy's {@code X-Forwarded-Proto} is trusted
 * ({@code server.forward-headers-strategy}, see README).</li>
 * </ul>
 */
final class SecurityHeaders {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), fullscreen=(self)";

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> {
            // Written before the request is handled, not when the answer is committed: Vaadin's bootstrap page
            // was answered without them otherwise (only the CSP, set before the chain, arrived).
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentTypeOptions(options -> {
            })
                    .frameOptions(frame -> frame.sameOrigin())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
        });
        http.addFilterBefore(ContentSecurityPolicy.filter(), HeaderWriterFilter.class);
    }
}
