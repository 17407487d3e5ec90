package dk.sambo.portal.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

import dk.sambo.portal.organisation.AdminBootstrap;
import dk.sambo.portal.organisation.PersonAccounts;

/**
 * Turns an identity provider's login into a portal person. Known (issuer, subject) or, on a first login, a
 * verified e-mail that matches a person; anyone else gets the no-access page and a pending access request.
 * Nobody is ever created here with privileges, except the first administrator named by
 * {@code portal.bootstrap.admins} ({@link AdminBootstrap}).
 */
@Service
class PortalOidcUserService extends OidcUserService {

    static final String NO_ACCESS = "portal_no_access";
    /** A deactivated person whom the identity provider did authenticate: told that the access has ended. */
    static final String ACCESS_ENDED = "portal_access_ended";

    private final PersonAccounts accounts;
    private final AccessRequests accessRequests;
    private final AdminBootstrap bootstrap;

    PortalOidcUserService(PersonAccounts accounts, AccessRequests accessRequests, AdminBootstrap bootstrap) {
        this.accounts = accounts;
        this.accessRequests = accessRequests;
        this.bootstrap = bootstrap;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var oidcUser = super.loadUser(request);
        var issuer = oidcUser.getIssuer() == null ? request.getClientRegistration().getRegistrationId()
                : oidcUser.getIssuer().toString();
        var subject = oidcUser.getSubject();
        var verified = Boolean.TRUE.equals(oidcUser.getEmailVerified());
        // The first administrator of an empty installation (portal.bootstrap.admins); a no-op once one exists.
        bootstrap.claim(oidcUser.getEmail(), verified, oidcUser.getFullName(), issuer);
        var account = accounts.byIdentity(issuer, subject, oidcUser.getEmail(), verified);
        if (account.isEmpty()) {
            accessRequests.record(issuer, subject, oidcUser.getEmail(), verified, oidcUser.getFullName());
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCESS), "Unknown person");
        }
        var person = account.get();
        if (!person.active()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(ACCESS_ENDED), "Person is deactivated");
        }
        return new PortalOidcUser(person.personId(), person.name(), Authorities.of(person), oidcUser.getIdToken(),
                oidcUser.getUserInfo());
    }
}
