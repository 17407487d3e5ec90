package dk.sambo.portal.organisation;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current request, read from the security context. */
@Component
public class CurrentPerson {

    public Optional<Long> id() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.ofNullable(principal.personId());
        }
        return Optional.empty();
    }

    /** The id, or access denied for a caller that is not a portal person (anonymous, system). */
    public long requireId() {
        return id().orElseThrow(() -> new AccessDeniedException("Not logged in as a portal person"));
    }
}
