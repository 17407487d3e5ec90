package dk.sambo.portal.security;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the portal reaches the identity providers' discovery documents ({@code <issuer-uri>/.well-known/
 * openid-configuration}): {@code portal.security.oidc.connect-timeout} and {@code read-timeout} for one attempt,
 * {@code retry-interval} between background attempts for a provider that could not be reached.
 * {@code public-base-url}: the portal's address as browsers know it (e.g. {@code https://sambo.region.dk}); when
 * set, the redirect URIs sent to the providers are built from it instead of from the request's host headers.
 * {@code strong-authentication.<registration>.*}: the login strength a provider must report for people with the
 * listed roles (ASVS 6.3.3, 6.8.4), see {@link StrongAuthentication}.
 */
@ConfigurationProperties("portal.security.oidc")
public record OidcDiscoveryProperties(Duration connectTimeout, Duration readTimeout, Duration retryInterval,
        String publicBaseUrl, Map<String, StrongAuthentication> strongAuthentication) {

    /**
     * For one registration: people holding any of {@code roles} (e.g. {@code ADMIN, IMPLEMENTING}) are let in only
     * when the ID token's {@code acr} is one of {@code acr} or its {@code amr} contains one of {@code amr} (e.g.
     * {@code mfa}, {@code hwk}, {@code otp}); an empty requirement list is not a requirement.
     */
    public record StrongAuthentication(List<String> roles, List<String> acr, List<String> amr) {

        public StrongAuthentication {
            roles = roles == null ? List.of() : List.copyOf(roles);
            acr = acr == null ? List.of() : List.copyOf(acr);
            amr = amr == null ? List.of() : List.copyOf(amr);
        }

        /** Whether a person with these roles (role names without {@code ROLE_}) must show a strong login. */
        boolean appliesTo(Set<String> personRoles) {
            return (!acr.isEmpty() || !amr.isEmpty()) && roles.stream().anyMatch(personRoles::contains);
        }

        /** Whether the ID token's {@code acr} and {@code amr} claims meet the requirement. */
        boolean metBy(@org.jspecify.annotations.Nullable String tokenAcr,
                @org.jspecify.annotations.Nullable Collection<String> tokenAmr) {
            return (tokenAcr != null && acr.contains(tokenAcr))
                    || (tokenAmr != null && tokenAmr.stream().anyMatch(amr::contains));
        }
    }

    public OidcDiscoveryProperties {
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "");
        strongAuthentication = strongAuthentication == null ? Map.of() : Map.copyOf(strongAuthentication);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        retryInterval = retryInterval == null ? Duration.ofSeconds(30) : retryInterval;
    }
}
