package dk.sambo.portal.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import dk.sambo.portal.organisation.PersonAccounts;

/** Local portal accounts (BCrypt). Refuses everyone when local login is switched off. */
@Service
class LocalUserDetailsService implements UserDetailsService {

    private final PersonAccounts accounts;
    private final PortalSecurityProperties properties;

    LocalUserDetailsService(PersonAccounts accounts, PortalSecurityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (!properties.localLogin()) {
            throw new UsernameNotFoundException("Local login is switched off");
        }
        var account = accounts.byUsername(username)
                .filter(a -> a.passwordHash() != null && a.username() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return new LocalUser(account.personId(), account.name(), account.username(), account.passwordHash(),
                account.active(), Authorities.of(account));
    }
}
