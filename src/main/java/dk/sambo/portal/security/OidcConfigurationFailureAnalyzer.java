package dk.sambo.portal.security;

import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A misconfigured identity provider stops start-up with one clear line naming the property to fix, instead of
 * a page of stack trace. Registered in {@code META-INF/spring.factories}.
 */
class OidcConfigurationFailureAnalyzer implements FailureAnalyzer {

    private static final Pattern REGISTRATION = Pattern.compile("registration '([^']+)'");
    private static final Pattern ISSUER = Pattern.compile("Issuer of \"([^\"]+)\"");
    private static final String ACTION = "Ret indstillingen (se README, afsnittet om OIDC) og start portalen igen. "
            + "/ Fix the setting (see the README's OIDC section) and start the portal again.";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            var message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Unable to resolve") && message.contains("Issuer")) {
                var issuer = ISSUER.matcher(message);
                return analysis("OIDC-udbyderen svarer ikke på issuer-uri "
                        + (issuer.find() ? issuer.group(1) : "") + ": kontrollér "
                        + "spring.security.oauth2.client.provider.<navn>.issuer-uri", t);
            }
            if (message.contains("Client id") && message.contains("must not be empty")) {
                var registration = REGISTRATION.matcher(message);
                var name = registration.find() ? registration.group(1) : "<navn>";
                return analysis("OIDC-udbyder '" + name + "' mangler klient-id: sæt spring.security.oauth2.client"
                        + ".registration." + name + ".client-id", t);
            }
            if (message.contains("Unknown provider ID")) {
                return analysis("OIDC-udbyder ukendt (" + message + "): sæt spring.security.oauth2.client"
                        + ".registration.<navn>.provider og spring.security.oauth2.client.provider.<navn>.issuer-uri",
                        t);
            }
            if (message.contains("Provider ID must be specified")) {
                var registration = REGISTRATION.matcher(message);
                var name = registration.find() ? registration.group(1) : "<navn>";
                return analysis("OIDC-udbyder '" + name + "' mangler udbyder: sæt spring.security.oauth2.client"
                        + ".provider." + name + ".issuer-uri", t);
            }
        }
        return null;
    }

    private static FailureAnalysis analysis(String description, Throwable cause) {
        return new FailureAnalysis(description, ACTION, cause);
    }
}
