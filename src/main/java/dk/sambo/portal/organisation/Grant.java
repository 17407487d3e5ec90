package dk.sambo.portal.organisation;

import org.jspecify.annotations.Nullable;

/** A role with its scope, as a value. */
public record Grant(Role role, ScopeType scopeType, @Nullable Long scopeId) {
}
