package dk.sambo.portal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.PortalPrincipal;

/** Every login success and failure, and every logout, goes into the audit trail. */
@Component
class LoginAudit {

    private final AuditLog audit;
    private final LoginNameKeys keys;
    private final PersonAccounts accounts;

    LoginAudit(AuditLog audit, LoginNameKeys keys, PersonAccounts accounts) {
        this.audit = audit;
        this.keys = keys;
        this.accounts = accounts;
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
        if (authentication instanceof OAuth2LoginAuthenticationToken || name == null || name.isBlank()) {
            audit.record(null, name == null || name.isBlank() ? "?" : name, "LOGIN_FAILED", "Login", null, details);
            return;
        }
        // A typed user name is never stored (a CPR number may have been typed): the account it belongs to, or "?",
        // and its keyed hash, the same key as the login throttle's row (issue 10).
        var actor = accounts.byUsername(name).map(PersonAccounts.Account::username).orElse("?");
        audit.record(null, actor, "LOGIN_FAILED", "Login", keys.key(name), details);
    }

    /**
     * A logout: the logout button, or the identity provider ending the session (back-channel logout). Called as a
     * logout handler ({@link SecurityConfig}), not from {@code LogoutSuccessEvent}: Spring Security's back-channel
     * logout runs the logout handlers but publishes no such event. An expired session is not a logout.
     */
    @Transactional
    public void loggedOut(@Nullable Authentication authentication) {
        var who = authentication;
        var how = authentication == null ? "?" : authentication.getClass().getSimpleName();
        if (who == null || !(who.getPrincipal() instanceof PortalPrincipal)) {
            // Back-channel logout hands the handlers the provider's logout token; the person is the one whose
            // session this request carries.
            who = SecurityContextHolder.getContext().getAuthentication();
        }
        if (who != null && who.getPrincipal() instanceof PortalPrincipal principal) {
            audit.record(principal.personId(), principal.displayName(), "LOGGED_OUT", "Person",
                    principal.personId(), how);
        }
    }
}
