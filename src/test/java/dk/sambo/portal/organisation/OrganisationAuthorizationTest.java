package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.audit.AuditLog;

/** Role and scope are checked in the services themselves, with no UI in between. */
@PortalTest
class OrganisationAuthorizationTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    PeopleAdministration people;
    @Autowired
    OrganisationService organisation;
    @Autowired
    AccessControl access;
    @Autowired
    CultureBearerRegister register;
    @Autowired
    AuditLog audit;

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    @Test
    void nobody_but_an_administrator_may_search_people_or_change_roles() {
        for (var username : new String[] {"sygeplejerske", "leder", "direktoer", "strategisk", "region"}) {
            AuthenticatedAs.login(users, username);
            assertThatThrownBy(() -> people.search("", PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.grant(1L, Role.ADMIN, ScopeType.REGION, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.deactivate(1L)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void an_anonymous_caller_gets_nothing() {
        assertThatThrownBy(() -> organisation.clusters())
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class,
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_line_manager_acts_only_on_the_units_they_lead() {
        AuthenticatedAs.login(users, "leder");
        var myUnit = organisation.myProfile().person().unitId();
        assertThat(access.coversUnit(Role.LINE_MANAGER, myUnit)).isTrue();
        var otherUnit = unitNamed("Hjemmeplejen Haderslev");
        assertThat(access.coversUnit(Role.LINE_MANAGER, otherUnit)).isFalse();
    }

    @Test
    void cluster_scope_covers_the_clusters_units_including_psychiatry_and_general_practice_there() {
        AuthenticatedAs.login(users, "strategisk");
        assertThat(access.coversUnit(Role.STRATEGIC, unitNamed("Sygeplejen Kolding"))).isTrue();
        assertThat(access.coversUnit(Role.STRATEGIC, unitNamed("Psykiatrisk Afdeling Vejle"))).isTrue();
        assertThat(access.coversUnit(Role.STRATEGIC, unitNamed("Lægehuset ved Kolding Å"))).isTrue();
        assertThat(access.coversUnit(Role.STRATEGIC, unitNamed("Psykiatrisk Afdeling Aabenraa"))).isFalse();
        assertThat(access.coversUnit(Role.STRATEGIC, unitNamed("Hjemmeplejen Tønder"))).isFalse();

        AuthenticatedAs.login(users, "region");
        assertThat(access.coversUnit(Role.STRATEGIC, unitNamed("Hjemmeplejen Tønder"))).isTrue();
    }

    @Test
    void a_line_manager_cannot_appoint_a_culture_bearer_outside_their_units() {
        AuthenticatedAs.login(users, "admin");
        var stranger = people.search("Hjemmeplejen Haderslev", PageRequest.of(0, 1)).getFirst();
        AuthenticatedAs.login(users, "leder");
        var strangersUnit = stranger.unitId();
        assertThatThrownBy(() -> register.appoint(stranger.id(), Set.of(strangersUnit), Set.of(),
                LocalDate.of(2026, 12, 1), null)).isInstanceOf(AccessDeniedException.class);
        AuthenticatedAs.login(users, "sygeplejerske");
        assertThatThrownBy(() -> register.appoint(stranger.id(), Set.of(strangersUnit), Set.of(),
                LocalDate.of(2026, 12, 1), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void granting_and_revoking_a_role_is_audited() {
        AuthenticatedAs.login(users, "admin");
        var person = people.search("Hjemmeplejen Vejle Midt", PageRequest.of(0, 1)).getFirst();
        var before = audit.forObject("Person", person.id(), 100).size();
        var grant = people.grant(person.id(), Role.POLITICAL, ScopeType.REGION, null);
        people.revoke(grant.assignmentId());
        var trail = audit.forObject("Person", person.id(), 100);
        assertThat(trail).hasSize(before + 2);
        assertThat(trail.get(0).getAction()).isEqualTo("ROLE_REVOKED");
        assertThat(trail.get(1).getAction()).isEqualTo("ROLE_GRANTED");
        assertThat(trail.get(0).getActor()).isEqualTo("Peter Thomsen");
    }

    @Test
    void a_role_is_never_granted_in_a_scope_that_makes_no_sense_for_it() {
        AuthenticatedAs.login(users, "admin");
        var person = people.search("Hjemmeplejen Vejle Midt", PageRequest.of(0, 1)).getFirst();
        assertThatThrownBy(() -> people.grant(person.id(), Role.POLITICAL, ScopeType.UNIT, person.unitId()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people.grant(person.id(), Role.ADMIN, ScopeType.CLUSTER, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long unitNamed(String name) {
        return organisation.organisations().stream().flatMap(o -> organisation.unitsOf(o.id()).stream())
                .filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }
}
