package dk.sambo.portal.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.PortalPrincipal;

/** Every login success and failure goes into the audit trail. */
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
        var name = event.getAuthentication() == null ? "?" : event.getAuthentication().getName();
        audit.record(null, name == null ? "?" : name, "LOGIN_FAILED", "Login", null,
                event.getException().getClass().getSimpleName());
    }
}
