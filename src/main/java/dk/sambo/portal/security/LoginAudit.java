package dk.sambo.portal.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.PortalPrincipal;

/** Every login success and failure, and every logout, goes into the audit trail. */
@Component
class LoginAudit {

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void success(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        if (authentication.getPrincipal() instanceof PortalPrincipal principal) {
            audit.record(principal.personId(), principal.displayName(), "LOGIN_SUCCEEDED", "Person",
                    principal.personId(), authentication.getClass().getSimpleName());
        }
    }

    @EventListener
    @Transactional
    public void failure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
            // Not a login attempt that failed: the application-wide authentication manager is asked about an
            // identity-provider login it has no provider for, after the login's own manager decided it. That
            // decision is published separately (SecurityConfig.authenticationEventPublisher).
            return;
        }
        var authentication = event.getAuthentication();
        // A failed identity-provider login has no user name yet: name the provider instead of an empty actor.
        var name = authentication instanceof OAuth2LoginAuthenticationToken oidc
                ? "OIDC " + oidc.getClientRegistration().getRegistrationId()
                : authentication == null ? null : authentication.getName();
        var exception = event.getException();
        // Only fixed codes in the details, never text from the provider.
        var details = exception.getClass().getSimpleName()
                + (exception instanceof OAuth2AuthenticationException oauth2 ? " " + oauth2.getError().getErrorCode()
                        : "");
        audit.record(null, name == null || name.isBlank() ? "?" : name, "LOGIN_FAILED", "Login", null, details);
    }

    /**
     * A logout: the logout button, or the identity provider ending the session (back-channel logout calls the
     * portal's own logout for that session). An expired session is not a logout and is not recorded here.
     */
    @EventListener
    @Transactional
    public void logout(LogoutSuccessEvent event) {
        var authentication = event.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            audit.record(principal.personId(), principal.displayName(), "LOGGED_OUT", "Person",
                    principal.personId(), authentication.getClass().getSimpleName());
        }
    }
}
