package dk.sambo.portal.audit;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. A record joins the caller's transaction, so a change and its audit line are stored
 * together or not at all. Times are UTC instants from the portal's clock.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action of the person who is logged in now (or "system" for scheduled work). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String objectType, @Nullable Object objectId, @Nullable String details) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        record(actorIdOf(authentication), actorNameOf(authentication), action, objectType, objectId, details);
    }

    /** Records an action with an explicit actor, e.g. a failed login where nobody is authenticated. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(@Nullable Long actorId, String actor, String action, String objectType,
            @Nullable Object objectId, @Nullable String details) {
        events.save(new AuditEvent(clock.instant(), actorId, truncate(actor, 200), action, objectType,
                objectId == null ? null : objectId.toString(), details == null ? null : truncate(details, 2000)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int limit) {
        return events.findAllByOrderByIdDesc(PageRequest.of(0, limit));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> forObject(String objectType, Object objectId, int limit) {
        return events.findByObjectTypeAndObjectIdOrderByIdDesc(objectType, objectId.toString(),
                PageRequest.of(0, limit));
    }

    private static @Nullable Long actorIdOf(@Nullable Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof Actor actor
                ? actor.personId() : null;
    }

    private static String actorNameOf(@Nullable Authentication authentication) {
        if (authentication == null) {
            return "system";
        }
        return authentication.getPrincipal() instanceof Actor actor ? actor.displayName() : authentication.getName();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
