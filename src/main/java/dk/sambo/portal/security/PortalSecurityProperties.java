package dk.sambo.portal.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.security.local-login}: whether people may log in with a portal username and password. On in the
 * embedded demo run, off by default, where organisations' identity providers are used.
 * {@code portal.security.demo-accounts}: usernames the login page lists in the demo run (never in production).
 */
@ConfigurationProperties("portal.security")
public record PortalSecurityProperties(boolean localLogin, List<String> demoAccounts) {

    public PortalSecurityProperties {
        demoAccounts = demoAccounts == null ? List.of() : List.copyOf(demoAccounts);
    }
}
