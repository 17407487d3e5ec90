package dk.sambo.portal.organisation;

import org.jspecify.annotations.Nullable;

/** A role assignment with the name of what it covers, for display. */
public record GrantView(long assignmentId, Role role, ScopeType scopeType, @Nullable Long scopeId,
        String scopeName) {
}
