package dk.sambo.portal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the portal reaches the identity providers' discovery documents ({@code <issuer-uri>/.well-known/
 * openid-configuration}): {@code portal.security.oidc.connect-timeout} and {@code read-timeout} for one attempt,
 * {@code retry-interval} between background attempts for a provider that could not be reached.
 */
@ConfigurationProperties("portal.security.oidc")
public record OidcDiscoveryProperties(Duration connectTimeout, Duration readTimeout, Duration retryInterval) {

    public OidcDiscoveryProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        retryInterval = retryInterval == null ? Duration.ofSeconds(30) : retryInterval;
    }
}
