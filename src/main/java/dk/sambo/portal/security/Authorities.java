package dk.sambo.portal.security;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import dk.sambo.portal.organisation.PersonAccounts;

final class Authorities {

    private Authorities() {
    }

    /** Route-level authorities; services still check role and scope against the database on every call. */
    static List<GrantedAuthority> of(PersonAccounts.Account account) {
        return account.roles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }
}
