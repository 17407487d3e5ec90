package dk.sambo.portal.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import dk.sambo.portal.organisation.PortalPrincipal;

/** A person logged in with a local portal account. */
final class LocalUser extends User implements PortalPrincipal {

    private final long personId;
    private final String displayName;

    LocalUser(long personId, String displayName, String username, String passwordHash, boolean active,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, active, true, true, true, authorities);
        this.personId = personId;
        this.displayName = displayName;
    }

    @Override
    public Long personId() {
        return personId;
    }

    @Override
    public String displayName() {
        return displayName;
    }
}
