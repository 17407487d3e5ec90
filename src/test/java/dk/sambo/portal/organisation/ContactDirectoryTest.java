package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.ContactDirectory.Contact;
import dk.sambo.portal.organisation.ContactDirectory.DirectoryFilter;
import dk.sambo.portal.organisation.domain.ClusterRepository;
import dk.sambo.portal.organisation.domain.CultureBearerAppointment;
import dk.sambo.portal.organisation.domain.CultureBearerAppointmentRepository;
import dk.sambo.portal.organisation.domain.Organisation;
import dk.sambo.portal.organisation.domain.OrganisationRepository;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;
import dk.sambo.portal.organisation.domain.Unit;
import dk.sambo.portal.organisation.domain.UnitRepository;

/**
 * The directory's query, on a small world of its own inside the demo organisations (rolled back after each test):
 * every person's name starts with "Zeta" and every unit's with "Kvark", so the text filter picks the fixture out
 * of the demo data and the other filters are checked on it.
 */
@PortalTest
@Transactional
class ContactDirectoryTest {

    @Autowired ContactDirectory directory;
    @Autowired OrganisationRepository organisations;
    @Autowired ClusterRepository clusters;
    @Autowired UnitRepository units;
    @Autowired PersonRepository people;
    @Autowired RoleAssignmentRepository roles;
    @Autowired CultureBearerAppointmentRepository appointments;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;

    Organisation kolding;
    Unit kvarkA;
    Unit kvarkB;

    @BeforeEach
    void world() {
        var today = LocalDate.now(clock);
        kolding = organisations.findByCode("KOLDING_KOMMUNE").orElseThrow();
        var aabenraa = organisations.findByCode("AABENRAA_KOMMUNE").orElseThrow();
        kvarkA = unit(kolding, null, "Kvark A");
        kvarkB = unit(kolding, kvarkA, "Kvark B");
        var kvarkC = unit(aabenraa, null, "Kvark C");
        var leader = person("Zeta Leder", kvarkA, true);
        role(leader, Role.LINE_MANAGER, ScopeType.UNIT, kvarkA.id());
        role(leader, Role.LINE_MANAGER, ScopeType.UNIT, kvarkA.id()); // granted twice: still one contact
        role(person("Zeta Underleder", kvarkB, true), Role.LINE_MANAGER, ScopeType.UNIT, kvarkB.id());
        role(person("Zeta Sydleder", kvarkC, true), Role.LINE_MANAGER, ScopeType.UNIT, kvarkC.id());
        role(person("Zeta Inaktiv", kvarkA, false), Role.LINE_MANAGER, ScopeType.UNIT, kvarkA.id());
        role(person("Zeta Direktør", kvarkA, true), Role.SENIOR_MANAGER, ScopeType.ORGANISATION, kolding.id());
        role(person("Zeta Medarbejder", kvarkB, true), Role.STAFF, ScopeType.UNIT, kvarkB.id());
        var bearer = person("Zeta Bærer", kvarkB, true);
        role(bearer, Role.CULTURE_BEARER, ScopeType.UNIT, kvarkB.id());
        appointments.save(new CultureBearerAppointment(bearer, Set.of(kvarkB), Set.of("DISCHARGE"),
                today.minusMonths(2), null, null));
        var former = person("Zeta Tidligere", kvarkB, true);
        role(former, Role.CULTURE_BEARER, ScopeType.UNIT, kvarkB.id());
        appointments.save(new CultureBearerAppointment(former, Set.of(kvarkB), Set.of(), today.minusYears(1),
                today.minusDays(1), null));
        AuthenticatedAs.login(users, "sygeplejerske");
    }

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    @Test
    void the_text_finds_active_role_holders_and_culture_bearers_only_while_appointed() {
        assertThat(names(zeta())).containsExactly("Zeta Bærer", "Zeta Leder", "Zeta Underleder", "Zeta Sydleder",
                "Zeta Direktør");
        assertThat(directory.count(zeta())).isEqualTo(5);
        // Role order first, then what the role covers, then the name.
        assertThat(directory.find(zeta(), PageRequest.of(0, 10))).extracting(Contact::role).containsExactly(
                Role.CULTURE_BEARER, Role.LINE_MANAGER, Role.LINE_MANAGER, Role.LINE_MANAGER, Role.SENIOR_MANAGER);
        assertThat(directory.find(zeta(), PageRequest.of(0, 10)).getFirst()).satisfies(c -> {
            assertThat(c.scopeName()).isEqualTo("Kvark B, Kolding Kommune");
            assertThat(c.unitName()).isEqualTo("Kvark B");
            assertThat(c.organisationName()).isEqualTo("Kolding Kommune");
            assertThat(c.topicCodes()).containsExactly("DISCHARGE");
        });
    }

    @Test
    void the_text_matches_what_the_role_covers_and_typed_wildcards_are_literal() {
        assertThat(names(new DirectoryFilter("kvark b", null, null, null, null, null)))
                .containsExactly("Zeta Bærer", "Zeta Underleder");
        assertThat(names(new DirectoryFilter("ZETA SYD", null, null, null, null, null))).containsExactly("Zeta Sydleder");
        assertThat(directory.count(new DirectoryFilter("z%a", null, null, null, null, null))).isZero();
        assertThat(directory.count(new DirectoryFilter("zet_", null, null, null, null, null))).isZero();
    }

    @Test
    void a_unit_finds_the_roles_on_it_and_above_it() {
        assertThat(names(zeta(null, null, null, kvarkB.id(), null)))
                .containsExactly("Zeta Bærer", "Zeta Leder", "Zeta Underleder");
        assertThat(names(zeta(null, null, null, kvarkA.id(), null))).containsExactly("Zeta Leder");
    }

    @Test
    void an_organisation_finds_roles_on_its_units_and_on_itself() {
        assertThat(names(zeta(null, null, kolding.id(), null, null)))
                .containsExactly("Zeta Bærer", "Zeta Leder", "Zeta Underleder", "Zeta Direktør");
    }

    @Test
    void a_cluster_finds_the_units_and_organisations_working_in_it_and_region_wide_roles() {
        var lillebaelt = clusters.findByCode("LILLEBAELT").orElseThrow().id();
        var sonderjylland = clusters.findByCode("SOENDERJYLLAND").orElseThrow().id();
        assertThat(names(zeta(null, lillebaelt, null, null, null)))
                .containsExactly("Zeta Bærer", "Zeta Leder", "Zeta Underleder", "Zeta Direktør");
        assertThat(names(zeta(null, sonderjylland, null, null, null))).containsExactly("Zeta Sydleder");
        // The region-wide strategist of the demo serves every cluster; the cluster's own strategist only hers.
        assertThat(names(new DirectoryFilter(null, Role.STRATEGIC, sonderjylland, null, null, null)))
                .contains("Marianne Vestergaard").doesNotContain("Søren Damgaard");
    }

    @Test
    void a_topic_finds_culture_bearers_covering_it_or_every_topic() {
        assertThat(names(zeta(null, null, null, null, "DISCHARGE"))).containsExactly("Zeta Bærer");
        assertThat(names(zeta(null, null, null, null, "ADMISSION"))).isEmpty();
        // Demo culture bearers covering every topic are found by any topic.
        assertThat(names(new DirectoryFilter(null, null, null, null, null, "ADMISSION"))).contains("Hanne Kjær");
    }

    @Test
    void a_role_finds_only_holders_of_that_role_and_roles_outside_the_directory_find_nobody() {
        assertThat(names(zeta(Role.LINE_MANAGER, null, null, null, null)))
                .containsExactly("Zeta Leder", "Zeta Underleder", "Zeta Sydleder");
        assertThat(directory.count(new DirectoryFilter("zeta", Role.STAFF, null, null, null, null))).isZero();
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats_and_may_sort_by_name() {
        var paged = new ArrayList<String>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(names(directory.find(zeta(), PageRequest.of(page, 2))));
        }
        assertThat(paged).isEqualTo(names(zeta()));
        assertThat(names(directory.find(zeta(), PageRequest.of(0, 10, Sort.by("name"))))).containsExactly(
                "Zeta Bærer", "Zeta Direktør", "Zeta Leder", "Zeta Sydleder", "Zeta Underleder");
        assertThat(names(directory.find(zeta(), PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "name")))))
                .containsExactly("Zeta Underleder", "Zeta Sydleder");
    }

    @Test
    void a_page_of_the_whole_directory_matches_its_count() {
        long total = directory.count(DirectoryFilter.ANY);
        assertThat(total).isGreaterThan(30);
        assertThat(directory.find(DirectoryFilter.ANY, PageRequest.of(0, (int) total + 10))).hasSize((int) total);
    }

    // --- the world ----------------------------------------------------------------------------------------------

    private static DirectoryFilter zeta() {
        return zeta(null, null, null, null, null);
    }

    private static DirectoryFilter zeta(Role role, Long cluster, Long organisation, Long unit, String topic) {
        return new DirectoryFilter("zeta", role, cluster, organisation, unit, topic);
    }

    private List<String> names(DirectoryFilter filter) {
        return names(directory.find(filter, PageRequest.of(0, 100)));
    }

    private static List<String> names(List<Contact> contacts) {
        return contacts.stream().map(Contact::name).toList();
    }

    private Unit unit(Organisation organisation, Unit parent, String name) {
        var unit = units.save(new Unit(organisation, parent, null, name));
        unit.assignPath();
        return unit;
    }

    private Person person(String name, Unit unit, boolean active) {
        var person = people.save(new Person(name, "Fixture", null, unit, KnowledgeTarget.IN_DEPTH));
        person.setActive(active);
        return person;
    }

    private void role(Person person, Role role, ScopeType scopeType, Long scopeId) {
        roles.save(new RoleAssignment(person, role, scopeType, scopeId, null, clock.instant()));
    }
}
