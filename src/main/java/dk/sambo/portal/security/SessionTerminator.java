package dk.sambo.portal.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionCreationEvent;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import dk.sambo.portal.organisation.PersonDeactivated;
import dk.sambo.portal.organisation.PortalPrincipal;
import dk.sambo.portal.organisation.RoleRevoked;

/**
 * Ends a person's open sessions at once when they are deactivated or lose a role. Their next click finds the
 * session gone, Vaadin reloads, and the login page answers. Sessions live in this node's memory: with several
 * nodes, Spring Session would be needed to reach them all.
 */
@Component
class SessionTerminator {

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @EventListener
    void created(SessionCreationEvent event) {
        if (event instanceof HttpSessionCreatedEvent created) {
            sessions.put(created.getSession().getId(), created.getSession());
        }
    }

    @EventListener
    void destroyed(SessionDestroyedEvent event) {
        sessions.remove(event.getId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PersonDeactivated event) {
        endSessionsOf(event.personId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(RoleRevoked event) {
        endSessionsOf(event.personId());
    }

    /** Invalidates every session whose security context belongs to the person; returns how many. */
    int endSessionsOf(long personId) {
        int ended = 0;
        for (var session : sessions.values()) {
            try {
                var context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                if (context instanceof SecurityContext sc && sc.getAuthentication() != null
                        && sc.getAuthentication().getPrincipal() instanceof PortalPrincipal p
                        && p.personId() != null && p.personId() == personId) {
                    sessions.remove(session.getId());
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalid) {
                sessions.remove(session.getId());
            }
        }
        return ended;
    }

    /** Tracks a session whose id changed at login (session fixation protection). */
    @EventListener
    void idChanged(org.springframework.security.web.session.HttpSessionIdChangedEvent event) {
        var session = sessions.remove(event.getOldSessionId());
        if (session != null) {
            sessions.put(event.getNewSessionId(), session);
        }
    }
}
