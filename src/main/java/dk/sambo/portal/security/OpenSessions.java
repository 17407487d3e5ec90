package dk.sambo.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.PortalPrincipal;
import dk.sambo.portal.shared.cluster.ClusterChannel;
import dk.sambo.portal.shared.cluster.NodeIdentity;

/**
 * A person's own open sessions on every node (ASVS 5.0 7.5.2): where and since when they are logged in, and the
 * ending of any of them, or of all but the current one. Sessions live in each node's memory; this register keeps
 * one row per logged-in session in {@code open_session} (a random handle of its own, never the session id: the row
 * cannot be used to take a session over), written at login, its last activity at most once a minute, and removed
 * when the session ends. Ending goes out on the {@link ClusterChannel} (topic {@value #TOPIC}, the handle as
 * payload) when the transaction commits, and the node holding the session invalidates it ({@link SessionTerminator}).
 */
@Service
public class OpenSessions {

    static final String TOPIC = "session-end-one";
    /** Session attribute: this session's handle in {@code open_session}. */
    static final String HANDLE = "dk.sambo.portal.session.handle";
    private static final String LAST_WRITTEN = "dk.sambo.portal.session.last-written";
    private static final Duration WRITE_EVERY = Duration.ofMinutes(1);

    /** One open session of the person, for their own list; {@code current} is the one they are looking from. */
    public record OpenSession(String handle, String device, String node, Instant startedAt, Instant lastActiveAt,
            boolean current) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ClusterChannel channel;
    private final NodeIdentity node;
    private final AuditLog audit;
    private final Duration inactivity;
    private final int maxPerPerson;

    OpenSessions(JdbcTemplate jdbc, Clock clock, ClusterChannel channel, NodeIdentity node, AuditLog audit,
            @Value("${server.servlet.session.timeout:30m}") Duration inactivity,
            @Value("${portal.session.max-per-person:5}") int maxPerPerson) {
        if (maxPerPerson < 1) {
            throw new IllegalArgumentException("portal.session.max-per-person must be at least 1: " + maxPerPerson);
        }
        this.maxPerPerson = maxPerPerson;
        this.jdbc = jdbc;
        this.clock = clock;
        this.channel = channel;
        this.node = node;
        this.audit = audit;
        this.inactivity = inactivity;
        // This node's sessions lived in its memory: after a start none of them is open any more.
        jdbc.update("delete from open_session where node = ?", node.name());
    }

    /** Registers a session that has just been logged in (called by the web filter, no person acting yet). */
    void loggedIn(HttpSession session, long personId, @Nullable String userAgent, Instant startedAt) {
        var handle = UUID.randomUUID().toString();
        session.setAttribute(HANDLE, handle);
        session.setAttribute(LAST_WRITTEN, startedAt);
        jdbc.update("insert into open_session (handle, person_id, device, node, started_at, last_active_at)"
                + " values (?, ?, ?, ?, ?, ?)", handle, personId, Devices.describe(userAgent), node.name(),
                utc(startedAt), utc(startedAt));
        endBeyondLimit(personId, handle);
    }

    /**
     * At most {@code portal.session.max-per-person} parallel sessions per person (ASVS 7.1.2), on all nodes
     * together: a login beyond it ends the person's least recently active other sessions, on whichever node holds
     * them. The new login always stays.
     */
    private void endBeyondLimit(long personId, String newHandle) {
        var others = jdbc.queryForList("select handle from open_session where person_id = ? and handle <> ?"
                + " order by last_active_at desc, started_at desc", String.class, personId, newHandle);
        for (var handle : others.subList(Math.min(others.size(), maxPerPerson - 1), others.size())) {
            jdbc.update("delete from open_session where handle = ?", handle);
            channel.publish(TOPIC, handle);
        }
    }

    /** Notes activity on a session, writing it at most once a minute. */
    void active(HttpSession session) {
        try {
            if (!(session.getAttribute(HANDLE) instanceof String handle)) {
                return;
            }
            var now = clock.instant();
            if (session.getAttribute(LAST_WRITTEN) instanceof Instant written
                    && now.isBefore(written.plus(WRITE_EVERY))) {
                return;
            }
            session.setAttribute(LAST_WRITTEN, now);
            jdbc.update("update open_session set last_active_at = ? where handle = ?", utc(now), handle);
        } catch (IllegalStateException alreadyInvalid) {
            // ended by this request
        }
    }

    /** The session ended (logout, expiry, lifetime, ended by its owner or an administrator). */
    void ended(@Nullable String handle) {
        if (handle != null) {
            jdbc.update("delete from open_session where handle = ?", handle);
        }
    }

    /** The handle of a session, when it is a logged-in one; the view passes its own so the list can mark it. */
    public static @Nullable String handleOf(@Nullable HttpSession session) {
        try {
            return session != null && session.getAttribute(HANDLE) instanceof String handle ? handle : null;
        } catch (IllegalStateException alreadyInvalid) {
            return null;
        }
    }

    /**
     * The logged-in person's open sessions on every node, the one they look from first, then the most recently
     * active. Sessions idle longer than the inactivity timeout are over and not listed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpenSession> mine(@Nullable String currentHandle) {
        var since = utc(clock.instant().minus(inactivity));
        return jdbc.query("select handle, device, node, started_at, last_active_at from open_session"
                + " where person_id = ? and last_active_at >= ? order by last_active_at desc, started_at desc",
                (rs, n) -> new OpenSession(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(1).equals(currentHandle)),
                currentPersonId(), since).stream()
                .sorted(java.util.Comparator.comparing((OpenSession s) -> !s.current()))
                .toList();
    }

    /** Ends one of the logged-in person's own sessions, on whichever node holds it; refused for anyone else's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void end(String handle) {
        var owner = jdbc.queryForList("select person_id from open_session where handle = ?", Long.class, handle);
        if (owner.isEmpty() || owner.getFirst() != currentPersonId()) {
            // The same answer whether the handle is unknown or another person's.
            throw new AccessDeniedException("Not one of your sessions");
        }
        jdbc.update("delete from open_session where handle = ?", handle);
        audit.record("SESSION_ENDED_BY_OWNER", "Person", currentPersonId(), null);
        channel.publish(TOPIC, handle);
    }

    /** Ends every open session of the logged-in person except the one they look from; returns how many. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int endAllOthers(@Nullable String currentHandle) {
        var others = jdbc.queryForList("select handle from open_session where person_id = ?", String.class,
                currentPersonId()).stream().filter(h -> !h.equals(currentHandle)).toList();
        for (var handle : others) {
            jdbc.update("delete from open_session where handle = ?", handle);
            channel.publish(TOPIC, handle);
        }
        audit.record("SESSIONS_ENDED_BY_OWNER", "Person", currentPersonId(), "ended=" + others.size());
        return others.size();
    }

    private static long currentPersonId() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal p
                && p.personId() != null) {
            return p.personId();
        }
        throw new AccessDeniedException("No person is logged in");
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
