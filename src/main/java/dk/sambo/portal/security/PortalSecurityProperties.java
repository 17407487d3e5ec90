package dk.sambo.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.security.local-login}: whether people may log in with a portal username and password. On in the
 * embedded demo run, off by default, where organisations' identity providers are used.
 */
@ConfigurationProperties("portal.security")
public record PortalSecurityProperties(boolean localLogin) {
}
