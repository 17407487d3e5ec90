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
    /** A person with a role that needs a strong login (multi-factor) logged in without one (ASVS 6.3.3, 6.8.4). */
    static final String STRONGER_LOGIN_NEEDED = "portal_stronger_login_needed";

    private final PersonAccounts accounts;
    private final AccessRequests accessRequests;
    private final AdminBootstrap bootstrap;
    private final OidcDiscoveryProperties oidc;

    PortalOidcUserService(PersonAccounts accounts, AccessRequests accessRequests, AdminBootstrap bootstrap,
            OidcDiscoveryProperties oidc) {
        this.oidc = oidc;
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
        var authorities = Authorities.of(person);
        var strong = oidc.strongAuthentication().get(request.getClientRegistration().getRegistrationId());
        if (strong != null) {
            var roles = authorities.stream().map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                    .collect(java.util.stream.Collectors.toSet());
            var token = oidcUser.getIdToken();
            if (strong.appliesTo(roles) && !strong.metBy(token.getAuthenticationContextClass(),
                    token.getAuthenticationMethods())) {
                throw new OAuth2AuthenticationException(new OAuth2Error(STRONGER_LOGIN_NEEDED),
                        "The identity provider reported no strong login (acr " + token.getAuthenticationContextClass()
                                + ", amr " + token.getAuthenticationMethods() + ") for a role that needs one");
            }
        }
        return new PortalOidcUser(person.personId(), person.name(), authorities, oidcUser.getIdToken(),
                oidcUser.getUserInfo());
    }
}
