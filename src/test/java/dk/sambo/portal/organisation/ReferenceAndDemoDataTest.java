package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;

/** The reference data of organisations.csv and the demo data promised in the README. */
@PortalTest
class ReferenceAndDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    @Test
    void the_four_clusters_and_every_organisation_of_the_csv_are_reference_data() {
        AuthenticatedAs.login(users, "sygeplejerske");
        assertThat(organisation.clusters()).extracting(ClusterSummary::name)
                .containsExactly("Fyn", "Lillebælt", "Sydvestjylland", "Sønderjylland");
        assertThat(organisation.organisations()).hasSize(28);
        var lillebaelt = organisation.clusters().get(1);
        assertThat(organisation.organisationsServing(lillebaelt.id())).extracting(OrganisationSummary::name)
                .contains("Sygehus Lillebælt", "Kolding Kommune", "Vejle Kommune", "Fredericia Kommune",
                        "Middelfart Kommune", "Psykiatrien i Region Syddanmark", "Almen praksis (PLO Syddanmark)")
                .doesNotContain("Aabenraa Kommune");
    }

    @Test
    void psychiatry_and_general_practice_serve_all_four_clusters() {
        AuthenticatedAs.login(users, "sygeplejerske");
        var crossCluster = organisation.organisations().stream().filter(OrganisationSummary::isCrossCluster)
                .map(OrganisationSummary::name).toList();
        assertThat(crossCluster).containsExactlyInAnyOrder("Psykiatrien i Region Syddanmark",
                "Almen praksis (PLO Syddanmark)");
        assertThat(organisation.organisations().stream().filter(OrganisationSummary::isCrossCluster))
                .allMatch(o -> o.clusters().size() == 4);
    }

    @Test
    void demo_data_populates_two_clusters_with_at_least_300_people_in_20_units_across_sectors() {
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isGreaterThanOrEqualTo(300);
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Long.class)).isGreaterThanOrEqualTo(20);
        List<String> sectors = jdbc.queryForList("""
                select distinct o.sector from person p join org_unit u on u.id = p.unit_id
                join organisation o on o.id = u.organisation_id""", String.class);
        assertThat(sectors).containsExactlyInAnyOrder("REGION", "KOMMUNE", "ALMEN_PRAKSIS");
        List<String> kinds = jdbc.queryForList("""
                select distinct o.kind from person p join org_unit u on u.id = p.unit_id
                join organisation o on o.id = u.organisation_id""", String.class);
        assertThat(kinds).contains("HOSPITAL", "PSYCHIATRY", "MUNICIPALITY", "GENERAL_PRACTICE");
        List<String> clustersWithPeople = jdbc.queryForList("""
                select distinct c.name from person p join org_unit u on u.id = p.unit_id
                join organisation_cluster oc on oc.organisation_id = u.organisation_id
                join health_cluster c on c.id = coalesce(u.cluster_id, oc.cluster_id)
                where (u.cluster_id is null or u.cluster_id = oc.cluster_id) and u.code is null""", String.class);
        assertThat(clustersWithPeople).containsExactlyInAnyOrder("Lillebælt", "Sønderjylland");
    }

    @Test
    void every_unit_has_a_line_manager_and_most_have_a_culture_bearer() {
        // The demo's units: the HR-file import tests of this suite commit units of their own, each with an HR code.
        long units = jdbc.queryForObject("select count(*) from org_unit where code is null", Long.class);
        long withManager = jdbc.queryForObject("""
                select count(distinct scope_id) from role_assignment
                where role = 'LINE_MANAGER' and scope_type = 'UNIT'
                  and scope_id in (select id from org_unit where code is null)""", Long.class);
        long covered = jdbc.queryForObject("""
                select count(distinct unit_id) from culture_bearer_unit
                where unit_id in (select id from org_unit where code is null)""", Long.class);
        assertThat(withManager).isEqualTo(units);
        assertThat(covered).isGreaterThan(units / 2).isLessThan(units);
    }

    @Test
    void there_is_a_demo_account_for_every_role() {
        var roles = new HashSet<String>();
        for (var username : List.of("sygeplejerske", "kulturbaerer", "leder", "direktoer", "strategisk",
                "implementering", "politiker", "admin")) {
            users.loadUserByUsername(username).getAuthorities().forEach(a -> roles.add(a.getAuthority()));
        }
        assertThat(roles).containsAll(List.of(Role.values()).stream().map(Role::authority)
                .collect(Collectors.toSet()));
    }

    @Test
    void units_and_people_are_read_by_many_ids_at_once_as_one_at_a_time_would() {
        AuthenticatedAs.login(users, "sygeplejerske");
        var kolding = organisation.organisations().stream().filter(o -> o.code().equals("KOLDING_KOMMUNE"))
                .findFirst().orElseThrow();
        var unitIds = organisation.unitsOf(kolding.id()).stream().map(UnitSummary::id).limit(5).toList();
        var units = organisation.units(unitIds);
        assertThat(units.keySet()).containsExactlyInAnyOrderElementsOf(unitIds);
        unitIds.forEach(id -> assertThat(units.get(id)).isEqualTo(organisation.unit(id).orElseThrow()));

        var personIds = jdbc.queryForList("select id from person order by id", Long.class).stream().limit(5)
                .toList();
        var people = organisation.people(personIds);
        personIds.forEach(id -> assertThat(people.get(id)).isEqualTo(organisation.person(id).orElseThrow()));
        assertThat(organisation.people(List.of(-1L))).isEmpty();
    }

    @Test
    void no_demo_address_can_reach_a_real_person() {
        assertThat(jdbc.queryForList("select email from person where email is not null", String.class))
                .allMatch(e -> e.endsWith(".example"));
    }
}
