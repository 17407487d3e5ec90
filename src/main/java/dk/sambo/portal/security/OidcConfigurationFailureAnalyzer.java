package dk.sambo.portal.security;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * A misconfigured identity provider stops start-up with one clear line naming the property to fix, instead of
 * a page of stack trace. Registered in {@code META-INF/spring.factories}. The messages it recognises are those of
 * Spring Boot 4.1 ({@code OAuth2ClientProperties}, {@code OAuth2ClientPropertiesMapper}) and Spring Security 7.1
 * ({@code ClientRegistrations}); {@code OidcConfigurationFailureAnalyzerTest} checks them against the real ones.
 */
class OidcConfigurationFailureAnalyzer implements FailureAnalyzer {

    static final String PREFIX = "spring.security.oauth2.client.";

    private static final Pattern CLIENT_ID = Pattern.compile("Client id of registration '([^']+)' must not be empty");
    private static final Pattern NO_PROVIDER = Pattern.compile(
            "Provider ID must be specified for client registration '([^']+)'");
    private static final Pattern UNKNOWN_PROVIDER = Pattern.compile("Unknown provider ID '([^']+)'");
    private static final Pattern UNREACHABLE = Pattern.compile(
            "Unable to resolve Configuration with the provided Issuer of \"([^\"]+)\"");
    private static final Pattern MISMATCH = Pattern.compile(
            "The Issuer \"([^\"]+)\" provided in the configuration metadata did not match the requested issuer "
                    + "\"([^\"]+)\"");
    private static final Pattern HTTP_STATUS = Pattern.compile("errors: \\[(\\d{3}) ");
    private static final String ACTION = "Ret indstillingen (se README, afsnittet om OIDC) og start portalen igen. "
            + "/ Fix the setting (see the README's OIDC section) and start the portal again.";

    private final @Nullable Environment environment;

    /** Spring Boot passes the failed application's environment (null when start-up failed before it existed). */
    OidcConfigurationFailureAnalyzer(@Nullable Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            var message = t.getMessage() == null ? "" : t.getMessage();
            var description = describe(message, t);
            if (description != null) {
                return new FailureAnalysis(description, ACTION, t);
            }
        }
        return null;
    }

    private @Nullable String describe(String message, Throwable failure) {
        var matcher = CLIENT_ID.matcher(message);
        if (matcher.find()) {
            return "OIDC-udbyder '" + matcher.group(1) + "' mangler klient-id: sæt " + PREFIX + "registration."
                    + matcher.group(1) + ".client-id";
        }
        matcher = NO_PROVIDER.matcher(message);
        if (matcher.find()) {
            var name = matcher.group(1);
            return "OIDC-udbyder '" + name + "' mangler udbyderens adresse: sæt " + PREFIX + "provider." + name
                    + ".issuer-uri (eller " + PREFIX + "registration." + name + ".provider)";
        }
        matcher = UNKNOWN_PROVIDER.matcher(message);
        if (matcher.find()) {
            var provider = matcher.group(1);
            var registration = registrationUsing(provider).orElse("<navn>");
            return "OIDC-udbyder '" + provider + "' er ukendt: " + PREFIX + "registration." + registration
                    + ".provider=" + provider + ", men " + PREFIX + "provider." + provider
                    + ".issuer-uri er ikke sat";
        }
        matcher = MISMATCH.matcher(message);
        if (matcher.find()) {
            var announced = matcher.group(1);
            var configured = matcher.group(2);
            return "OIDC-udbyderen kalder sig \"" + announced + "\", men " + issuerProperty(configured) + " er \""
                    + configured + "\": skriv præcis \"" + announced + "\"";
        }
        matcher = UNREACHABLE.matcher(message);
        if (matcher.find()) {
            var issuer = matcher.group(1);
            return "OIDC-udbyderen svarer ikke på issuer-uri " + issuer + reason(message, failure) + ": kontrollér "
                    + issuerProperty(issuer);
        }
        return null;
    }

    /** A short reason from the causes or Spring Security's collected errors, without the provider's HTML. */
    private static String reason(String message, Throwable failure) {
        for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return " (forbindelsen afvist)";
            }
            if (t instanceof UnknownHostException) {
                return " (ukendt værtsnavn)";
            }
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return " (intet svar inden for tidsgrænsen)";
            }
        }
        var status = HTTP_STATUS.matcher(message);
        if (status.find()) {
            return " (HTTP " + status.group(1) + " for /.well-known/openid-configuration)";
        }
        return "";
    }

    /** The exact issuer-uri property that holds this value, when the environment tells. */
    private String issuerProperty(String issuer) {
        return providers().entrySet().stream()
                .filter(e -> issuer.equals(e.getValue().get("issuer-uri")))
                .map(e -> PREFIX + "provider." + e.getKey() + ".issuer-uri")
                .findFirst()
                .orElse(PREFIX + "provider.<navn>.issuer-uri");
    }

    private Optional<String> registrationUsing(String provider) {
        return section("registration").entrySet().stream()
                .filter(e -> provider.equals(e.getValue().get("provider")))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private Map<String, Map<String, String>> providers() {
        return section("provider");
    }

    private Map<String, Map<String, String>> section(String name) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return Map.of();
        }
        var type = ResolvableType.forClassWithGenerics(Map.class, ResolvableType.forClass(String.class),
                ResolvableType.forClassWithGenerics(Map.class, String.class, String.class));
        Bindable<Map<String, Map<String, String>>> bindable = Bindable.of(type);
        try {
            return new Binder(ConfigurationPropertySources.get(configurable)).bind(PREFIX + name, bindable)
                    .map(Objects::requireNonNull).orElse(Map.of());
        } catch (RuntimeException cannotTell) {
            return Map.of();
        }
    }
}
