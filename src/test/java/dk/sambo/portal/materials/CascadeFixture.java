package dk.sambo.portal.materials;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.organisation.OrganisationLeaders;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.PortalPrincipal;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.shared.scheduling.SystemTask;

/** Look-ups and logins on the demo data for the cascade's tests. */
class CascadeFixture {

    private final OrganisationService organisation;
    private final OrganisationLeaders leaders;
    private final PersonAccounts accounts;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    CascadeFixture(OrganisationService organisation, OrganisationLeaders leaders, PersonAccounts accounts,
            UserDetailsService users, JdbcTemplate jdbc) {
        this.organisation = organisation;
        this.leaders = leaders;
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
    }

    long cluster(String code) {
        return SystemTask.run(() -> organisation.clusters().stream().filter(c -> c.code().equals(code))
                .findFirst().orElseThrow().id());
    }

    long org(String code) {
        return SystemTask.run(() -> organisation.organisations().stream().filter(o -> o.code().equals(code))
                .findFirst().orElseThrow().id());
    }

    /** A leader of the organisation towards the cluster holding the role (first by name). */
    long leader(String orgCode, String clusterCode, Role role) {
        return SystemTask.run(() -> leaders.of(org(orgCode), cluster(clusterCode)).stream()
                .filter(l -> l.role() == role).findFirst().orElseThrow().person().id());
    }

    /** The line manager of a named unit (demo data: each unit has one). */
    long lineManagerOfUnit(String unitName) {
        return jdbc.queryForObject("""
                select ra.person_id from role_assignment ra join org_unit u on u.id = ra.scope_id
                where ra.role = 'LINE_MANAGER' and ra.scope_type = 'UNIT' and u.name = ? order by ra.person_id""",
                Long.class, unitName);
    }

    void login(String username) {
        AuthenticatedAs.login(users, username);
    }

    void loginPerson(long personId) {
        var account = accounts.byId(personId).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                new TestPrincipal(personId, account.name()), null,
                account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    long personId(String username) {
        return accounts.byUsername(username).orElseThrow().personId();
    }

    /** Notifications about a cascade row, as (person id, message key). */
    List<String> notices(long rowId) {
        return jdbc.queryForList("""
                select person_id || ':' || message_key from notification
                where subject_type = 'LaunchPackageCascade' and subject_id = ? order by id""", String.class, rowId);
    }

    List<String> auditActions(long rowId) {
        return jdbc.queryForList("""
                select action from audit_event where object_type = 'LaunchPackageCascade' and object_id = ?
                order by id""", String.class, String.valueOf(rowId));
    }

    record TestPrincipal(Long personId, String displayName) implements PortalPrincipal {
    }
}
