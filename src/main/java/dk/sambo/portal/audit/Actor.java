package dk.sambo.portal.audit;

import org.jspecify.annotations.Nullable;

/**
 * Implemented by the portal's authenticated principals, so the trail can name the person behind an action
 * without this module knowing how people log in.
 */
public interface Actor {

    @Nullable
    Long personId();

    String displayName();
}
