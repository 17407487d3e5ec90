package dk.sambo.portal.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The portal's roles. Each is granted with a scope; {@link #allowedScopes()} says which scopes make sense, so an
 * administrator cannot, say, make a politician "political level" of one ward.
 */
public enum Role {
    STAFF(EnumSet.of(ScopeType.UNIT)),
    CULTURE_BEARER(EnumSet.of(ScopeType.UNIT)),
    LINE_MANAGER(EnumSet.of(ScopeType.UNIT)),
    SENIOR_MANAGER(EnumSet.of(ScopeType.UNIT, ScopeType.ORGANISATION)),
    STRATEGIC(EnumSet.of(ScopeType.CLUSTER, ScopeType.REGION)),
    IMPLEMENTING(EnumSet.of(ScopeType.CLUSTER, ScopeType.REGION)),
    POLITICAL(EnumSet.of(ScopeType.CLUSTER, ScopeType.REGION)),
    ADMIN(EnumSet.of(ScopeType.REGION));

    /** The order a person with several roles sees their sections in: own work first, oversight later. */
    public static final Set<Role> LEADERS = EnumSet.of(LINE_MANAGER, SENIOR_MANAGER);

    private final Set<ScopeType> allowedScopes;

    Role(Set<ScopeType> allowedScopes) {
        this.allowedScopes = allowedScopes;
    }

    public Set<ScopeType> allowedScopes() {
        return allowedScopes;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
