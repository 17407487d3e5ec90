package dk.sambo.portal.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import dk.sambo.portal.organisation.PortalPrincipal;

/** A person logged in through their organisation's identity provider, with authorities from the portal database. */
final class PortalOidcUser extends DefaultOidcUser implements PortalPrincipal {

    private final long personId;
    private final String displayName;

    PortalOidcUser(long personId, String displayName, Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken, OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
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

    @Override
    public String getName() {
        return displayName;
    }
}
