package dk.sambo.portal.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionCreationEvent;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinSession;

import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.LocalPasswordSet;
import dk.sambo.portal.organisation.PersonDeactivated;
import dk.sambo.portal.organisation.PortalPrincipal;
import dk.sambo.portal.organisation.RoleRevoked;
import dk.sambo.portal.shared.cluster.ClusterChannel;

/**
 * Ends a person's open sessions on every node when they are deactivated or lose a role. Sessions live in each
 * node's memory, so the event goes out on the {@link ClusterChannel} (topic {@value #TOPIC}) when its transaction
 * commits: this node ends its sessions right after the commit, the other nodes when the message reaches them
 * (milliseconds). A node that may have missed messages (its channel connection dropped) checks every open session
 * against the database when it listens again ({@link #recheckAll}). Their next click finds the session gone,
 * Vaadin reloads, and the login page answers.
 */
@Component
class SessionTerminator {

    static final String TOPIC = "session-end";
    private static final Logger LOG = LoggerFactory.getLogger(SessionTerminator.class);
    private static final int REMEMBERED_ENDED = 20_000;

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    /** Ids of sessions this node ended or saw expire (bounded): their cookie is not a session moved from a node. */
    private final Set<String> ended = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<String, Boolean>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_ENDED;
                }
            }));
    private final ClusterChannel channel;
    private final PersonAccounts accounts;

    private final OpenSessions openSessions;

    SessionTerminator(ClusterChannel channel, PersonAccounts accounts, OpenSessions openSessions) {
        this.channel = channel;
        this.accounts = accounts;
        this.openSessions = openSessions;
        // "<person id>" ends all the person's sessions; "<person id> <handle>" all but the one with that handle.
        channel.subscribe(TOPIC, payload -> {
            var parts = payload.split(" ", 2);
            endSessionsOf(Long.parseLong(parts[0]), parts.length > 1 ? parts[1] : null);
        });
        // A person ended one of their own sessions (OpenSessions): the node that holds it invalidates it.
        channel.subscribe(OpenSessions.TOPIC, this::endSessionWithHandle);
        channel.onResync(this::recheckAll);
    }

    @EventListener
    void created(SessionCreationEvent event) {
        if (event instanceof HttpSessionCreatedEvent created) {
            sessions.put(created.getSession().getId(), created.getSession());
        }
    }

    @EventListener
    void destroyed(SessionDestroyedEvent event) {
        var session = sessions.remove(event.getId());
        ended.add(event.getId());
        var handle = OpenSessions.handleOf(session != null ? session
                : event instanceof org.springframework.security.web.session.HttpSessionDestroyedEvent destroyed
                        ? destroyed.getSession() : null);
        openSessions.ended(handle);
    }

    /** The open session of this node with the handle, if this node holds it. */
    java.util.Optional<HttpSession> session(String id) {
        return java.util.Optional.ofNullable(sessions.get(id));
    }

    /** Invalidates the session with this {@link OpenSessions} handle if it lives on this node; returns how many. */
    int endSessionWithHandle(String handle) {
        int count = 0;
        for (var session : sessions.values()) {
            if (handle.equals(OpenSessions.handleOf(session))) {
                count += end(session);
            }
        }
        return count;
    }

    /** Inside the deactivating transaction: the message goes out, on every node, only if it commits. */
    @EventListener
    void on(PersonDeactivated event) {
        channel.publish(TOPIC, Long.toString(event.personId()));
    }

    @EventListener
    void on(RoleRevoked event) {
        channel.publish(TOPIC, Long.toString(event.personId()));
    }

    /**
     * A new local password (ASVS 7.4.3): every other session of the person ends, on every node. The session the
     * password was set from stays when it is the person's own (an administrator setting their own password).
     */
    @EventListener
    void on(LocalPasswordSet event) {
        var current = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                        ? OpenSessions.handleOf(attributes.getRequest().getSession(false)) : null;
        channel.publish(TOPIC, event.personId() + (current == null ? "" : " " + current));
    }

    /** True when this node ended or saw the end of the session with this id (not one from another node). */
    boolean endedHere(String sessionId) {
        return ended.contains(sessionId);
    }

    /** Invalidates every session on this node whose security context belongs to the person; returns how many. */
    int endSessionsOf(long personId) {
        return endSessionsOf(personId, null);
    }

    /** As {@link #endSessionsOf(long)}, sparing the session with the {@link OpenSessions} handle {@code keep}. */
    int endSessionsOf(long personId, @Nullable String keep) {
        int count = 0;
        for (var session : sessions.values()) {
            var principal = principal(session);
            if (principal != null && principal.personId() != null && principal.personId() == personId
                    && (keep == null || !keep.equals(OpenSessions.handleOf(session)))) {
                count += end(session);
            }
        }
        return count;
    }

    /**
     * After missed messages: ends every session of a person who is no longer active, or whose session carries a
     * role the person no longer has. Returns how many ended.
     */
    int recheckAll() {
        int count = 0;
        for (var session : sessions.values()) {
            try {
                var context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                if (!(context instanceof SecurityContext sc) || sc.getAuthentication() == null
                        || !(sc.getAuthentication().getPrincipal() instanceof PortalPrincipal p)
                        || p.personId() == null) {
                    continue;
                }
                var account = accounts.byId(p.personId());
                var held = sc.getAuthentication().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_")).collect(Collectors.toSet());
                boolean stillValid = account.isPresent() && account.get().active()
                        && Authorities.of(account.get()).stream().map(GrantedAuthority::getAuthority)
                                .collect(Collectors.toSet()).containsAll(held);
                if (!stillValid) {
                    count += end(session);
                }
            } catch (IllegalStateException alreadyInvalid) {
                sessions.remove(session.getId());
            }
        }
        LOG.info("Open sessions re-checked against the database: {} ended", count);
        return count;
    }

    private static PortalPrincipal principal(HttpSession session) {
        try {
            var context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext sc && sc.getAuthentication() != null
                    && sc.getAuthentication().getPrincipal() instanceof PortalPrincipal p ? p : null;
        } catch (IllegalStateException alreadyInvalid) {
            return null;
        }
    }

    /**
     * Ends the session, but never under a request of that session that is still being answered: invalidating it
     * from here while its Vaadin request runs took the UI away mid-answer, and the person saw Vaadin's "Internal
     * error" ({@code MetadataWriter}: {@code UI.getSession() is null}) instead of the ended-session notice. So the
     * invalidation goes through the Vaadin session's lock ({@link VaadinSession#access}): at once when the session
     * is idle (the lock is only tried, never waited for, so no lock order arises), otherwise by the request's own
     * thread as it lets go of the lock, right after its answer is written. A thread that holds the lock itself
     * (the person's own request) invalidates at once. Returns 1 when the session was ended or will be.
     */
    int end(HttpSession session) {
        sessions.remove(session.getId());
        ended.add(session.getId());
        try {
            var vaadinSessions = VaadinSession.getAllSessions(session);
            if (vaadinSessions.isEmpty() || vaadinSessions.stream().anyMatch(VaadinSession::hasLock)) {
                session.invalidate();
            } else {
                vaadinSessions.iterator().next().access(() -> invalidate(session));
            }
            return 1;
        } catch (IllegalStateException alreadyInvalid) {
            return 0;
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // Ended meanwhile (logout, expiry): nothing left to do.
        }
    }

    /** Tracks a session whose id changed at login (session fixation protection). */
    @EventListener
    void idChanged(org.springframework.security.web.session.HttpSessionIdChangedEvent event) {
        var session = sessions.remove(event.getOldSessionId());
        ended.add(event.getOldSessionId());
        if (session != null) {
            sessions.put(event.getNewSessionId(), session);
        }
    }
}
