package dk.sambo.portal.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthenticationMethod;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The organisations' identity providers, without letting one that is down stop the portal. Spring Boot's own
 * repository reads every provider's discovery document while the application starts and fails start-up when one
 * does not answer (a minute of TCP time-outs, then exit, on every node). Here:
 * <ul>
 * <li>everything that can be checked without the network is checked at start as Boot does (missing client id,
 * unknown provider, ...: {@link OidcConfigurationFailureAnalyzer} turns it into one line);</li>
 * <li>a registration with an {@code issuer-uri} is resolved in the background right after start, with short
 * time-outs ({@link OidcDiscoveryProperties}), and retried every {@code retry-interval} until it answers;</li>
 * <li>until then {@link #findByRegistrationId} answers null for it (Spring Security then refuses that login) and
 * {@link #providers()} says it is unavailable, so the login page can say so.</li>
 * </ul>
 * Once a provider has answered, its registration is kept (as Boot's would be).
 */
final class ResilientClientRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration>,
        DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientClientRegistrations.class);
    private static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final RestClient http;
    private final Function<Throwable, String> explain;
    private final @Nullable ScheduledExecutorService retries;
    private final String publicBaseUrl;

    /** One configured registration and, once known, what its provider's discovery document said. */
    record Provider(String registrationId, String name, boolean available) {
    }

    ResilientClientRegistrations(OAuth2ClientProperties properties, OidcDiscoveryProperties discovery,
            Function<Throwable, String> explain) {
        this.explain = explain;
        this.publicBaseUrl = discovery.publicBaseUrl();
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(discovery.connectTimeout());
        requests.setReadTimeout(discovery.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        properties.validate();
        for (var e : properties.getRegistration().entrySet()) {
            var id = e.getKey();
            var registration = e.getValue();
            var providerId = registration.getProvider() == null ? id : registration.getProvider();
            var provider = properties.getProvider().get(providerId);
            var name = registration.getClientName() == null ? id : registration.getClientName();
            if (provider != null && provider.getIssuerUri() != null && !provider.getIssuerUri().isBlank()) {
                entries.put(id, new Entry(id, name, () -> discover(id, registration, provider)));
            } else {
                // No network involved (a provider known to Spring Security, or all its URIs given): as Boot does,
                // and a mistake here stops start-up.
                var single = new OAuth2ClientProperties();
                single.getRegistration().put(id, registration);
                single.getProvider().putAll(properties.getProvider());
                var resolved = new OAuth2ClientPropertiesMapper(single).asClientRegistrations().get(id);
                entries.put(id, Entry.resolved(id, name, pinned(Objects.requireNonNull(resolved))));
            }
        }
        if (entries.values().stream().anyMatch(entry -> entry.registration == null)) {
            retries = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                    .name("oidc-discovery").factory());
            long interval = Math.max(1, discovery.retryInterval().toMillis());
            retries.scheduleWithFixedDelay(this::resolvePending, 0, interval, TimeUnit.MILLISECONDS);
        } else {
            retries = null;
        }
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        var entry = entries.get(registrationId);
        if (entry == null) {
            return null;
        }
        if (entry.registration == null && !entry.attempted) {
            // First use before the background's first attempt has finished: wait for it (short time-outs).
            resolve(entry);
        }
        return entry.registration;
    }

    /** The registrations whose provider has answered. */
    @Override
    public Iterator<ClientRegistration> iterator() {
        var resolved = new ArrayList<ClientRegistration>();
        for (var entry : entries.values()) {
            if (entry.registration != null) {
                resolved.add(entry.registration);
            }
        }
        return resolved.iterator();
    }

    /** {@code portal.security.oidc.public-base-url} without a trailing slash; empty when not configured. */
    String publicBaseUrl() {
        return publicBaseUrl;
    }

    /** Every configured registration in configuration order, with whether its provider can be used now. */
    List<Provider> providers() {
        return entries.values().stream()
                .map(e -> new Provider(e.id, e.registration == null ? e.name : e.registration.getClientName(),
                        e.registration != null))
                .toList();
    }

    private void resolvePending() {
        for (var entry : entries.values()) {
            if (entry.registration == null) {
                resolve(entry);
            }
        }
        if (retries != null && entries.values().stream().allMatch(e -> e.registration != null)) {
            retries.shutdown();
        }
    }

    /**
     * With {@code portal.security.oidc.public-base-url} set, the redirect URI the provider is sent is built from it
     * rather than from the request's {@code Host}/{@code X-Forwarded-Host} (Spring's {@code {baseUrl}}), so no
     * header can change where the provider sends the person back to (issue 10).
     */
    private ClientRegistration pinned(ClientRegistration registration) {
        if (publicBaseUrl.isEmpty() || !registration.getRedirectUri().contains("{baseUrl}")) {
            return registration;
        }
        return ClientRegistration.withClientRegistration(registration)
                .redirectUri(registration.getRedirectUri().replace("{baseUrl}", publicBaseUrl)).build();
    }

    private void resolve(Entry entry) {
        entry.lock.lock();
        try {
            if (entry.registration != null) {
                return;
            }
            try {
                entry.registration = pinned(entry.discovery.get());
                if (entry.problem != null) {
                    LOG.info("OIDC-udbyder '{}' svarer igen og kan bruges til login", entry.id);
                }
                entry.problem = null;
            } catch (RuntimeException failure) {
                var problem = explain.apply(failure);
                if (!problem.equals(entry.problem)) {
                    LOG.warn("OIDC-udbyder '{}' kan ikke bruges endnu; portalen prøver igen i baggrunden: {}",
                            entry.id, problem);
                }
                entry.problem = problem;
            } finally {
                entry.attempted = true;
            }
        } finally {
            entry.lock.unlock();
        }
    }

    /**
     * What Boot's {@code OAuth2ClientPropertiesMapper} does for an {@code issuer-uri}, with this class's short
     * time-outs. Failures carry Spring Security's own messages, which {@link OidcConfigurationFailureAnalyzer}
     * explains in one line.
     */
    private ClientRegistration discover(String id, OAuth2ClientProperties.Registration registration,
            OAuth2ClientProperties.Provider provider) {
        var issuer = provider.getIssuerUri();
        var base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        Map<String, Object> metadata;
        try {
            metadata = http.get().uri(base + DISCOVERY_PATH).accept(MediaType.APPLICATION_JSON).retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {
                    });
        } catch (RestClientResponseException status) {
            throw new IllegalArgumentException("Unable to resolve Configuration with the provided Issuer of \""
                    + issuer + "\", errors: [" + status.getStatusCode().value() + " ]", status);
        } catch (RestClientException unreachable) {
            throw new IllegalArgumentException("Unable to resolve Configuration with the provided Issuer of \""
                    + issuer + "\"", unreachable);
        }
        if (metadata == null || !issuer.equals(metadata.get("issuer"))) {
            throw new IllegalStateException("The Issuer \"" + (metadata == null ? null : metadata.get("issuer"))
                    + "\" provided in the configuration metadata did not match the requested issuer \"" + issuer
                    + "\"");
        }
        var builder = ClientRegistrations.fromOidcConfiguration(metadata).registrationId(id)
                .clientId(registration.getClientId());
        if (registration.getClientSecret() != null) {
            builder.clientSecret(registration.getClientSecret());
        }
        if (registration.getClientAuthenticationMethod() != null) {
            builder.clientAuthenticationMethod(new ClientAuthenticationMethod(
                    registration.getClientAuthenticationMethod()));
        }
        if (registration.getAuthorizationGrantType() != null) {
            builder.authorizationGrantType(new AuthorizationGrantType(registration.getAuthorizationGrantType()));
        }
        if (registration.getRedirectUri() != null) {
            builder.redirectUri(registration.getRedirectUri());
        }
        if (registration.getScope() != null) {
            builder.scope(registration.getScope());
        }
        if (registration.getClientName() != null) {
            builder.clientName(registration.getClientName());
        }
        if (provider.getAuthorizationUri() != null) {
            builder.authorizationUri(provider.getAuthorizationUri());
        }
        if (provider.getTokenUri() != null) {
            builder.tokenUri(provider.getTokenUri());
        }
        if (provider.getUserInfoUri() != null) {
            builder.userInfoUri(provider.getUserInfoUri());
        }
        if (provider.getUserInfoAuthenticationMethod() != null) {
            builder.userInfoAuthenticationMethod(new AuthenticationMethod(provider.getUserInfoAuthenticationMethod()));
        }
        if (provider.getUserNameAttribute() != null) {
            builder.userNameAttributeName(provider.getUserNameAttribute());
        }
        if (provider.getJwkSetUri() != null) {
            builder.jwkSetUri(provider.getJwkSetUri());
        }
        return builder.build();
    }

    @Override
    public void destroy() {
        if (retries != null) {
            retries.shutdownNow();
        }
    }

    private static final class Entry {
        final String id;
        final String name;
        final java.util.function.Supplier<ClientRegistration> discovery;
        final ReentrantLock lock = new ReentrantLock();
        volatile @Nullable ClientRegistration registration;
        volatile boolean attempted;
        volatile @Nullable String problem;

        Entry(String id, String name, java.util.function.Supplier<ClientRegistration> discovery) {
            this.id = id;
            this.name = name;
            this.discovery = discovery;
        }

        static Entry resolved(String id, String name, ClientRegistration registration) {
            var entry = new Entry(id, name, () -> registration);
            entry.registration = registration;
            entry.attempted = true;
            return entry;
        }
    }
}
