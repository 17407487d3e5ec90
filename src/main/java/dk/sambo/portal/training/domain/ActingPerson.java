package dk.sambo.portal.training.domain;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import dk.sambo.portal.organisation.PortalPrincipal;

/**
 * Runs code as a portal person without a login: a calendar program fetching a subscription (the secret token names
 * the person) and the demo data. The services then check that person's grants exactly as for a login, since
 * {@code AccessControl} reads grants from the database by person id.
 */
final class ActingPerson {

    private ActingPerson() {
    }

    static <T> T as(long personId, String displayName, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new Principal(personId, displayName),
                null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(long personId, String displayName, Runnable work) {
        as(personId, displayName, () -> {
            work.run();
            return null;
        });
    }

    private record Principal(Long personId, String displayName) implements PortalPrincipal {
    }
}
