package dk.sambo.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.training.AttendanceRecorded;
import dk.sambo.portal.training.TrainingLogged;

/**
 * The participation figures the start pages show: the same numbers as the overview page for the leaders' nodes,
 * and the units below the staircase target counted by hand on a small world of its own (rolled back).
 */
@PortalTest
@Transactional
class ParticipationTest {

    @Autowired OverviewService overview;
    @Autowired OverviewQueries queries;
    @Autowired OrganisationService organisation;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;

    LocalDate today;

    @BeforeEach
    void setUp() {
        clock.reset();
        today = LocalDate.now(clock);
    }

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    @Test
    void a_line_managers_units_have_the_figures_of_their_overview_page() {
        AuthenticatedAs.login(users, "leder");
        var units = overview.participationAsLeader(Role.LINE_MANAGER);
        assertThat(units).extracting(NodeParticipation::name).contains("Sygeplejen Kolding");
        for (var unit : units) {
            assertThat(unit.area().level()).isEqualTo(Area.Level.UNIT);
            assertSameAsOverview(unit);
        }
        var sygeplejen = units.stream().filter(u -> u.name().equals("Sygeplejen Kolding")).findFirst().orElseThrow();
        // The demo's training gives the unit real figures, not zeros.
        assertThat(sygeplejen.participation().targetGroup()).isEqualTo(18);
        assertThat(sygeplejen.participation().step1() + sygeplejen.participation().recent()).isPositive();
    }

    @Test
    void a_directors_organisation_is_rolled_up_as_on_its_overview_page() {
        AuthenticatedAs.login(users, "direktoer");
        var nodes = overview.participationAsLeader(Role.SENIOR_MANAGER);
        assertThat(nodes).singleElement().satisfies(node -> {
            assertThat(node.name()).isEqualTo("Kolding Kommune");
            assertThat(node.area().level()).isEqualTo(Area.Level.ORGANISATION);
            assertSameAsOverview(node);
            assertThat(node.participation().targetGroup()).isGreaterThan(18);
        });
    }

    private void assertSameAsOverview(NodeParticipation node) {
        var total = overview.overview(node.area(), Period.lastTwelveMonths(today)).total();
        var p = node.participation();
        assertThat(p.targetGroup()).as("target group").isEqualTo(total.targetGroup());
        assertThat(p.step1()).as("step 1").isEqualTo(total.inDepthStep1() + total.overallStep1());
        assertThat(p.step2()).as("step 2").isEqualTo(total.inDepthStep2() + total.overallStep2());
        assertThat(p.recent()).as("last 90 days").isEqualTo(total.targetRecent());
    }

    @Test
    void the_implementing_level_gets_the_units_of_its_cluster_below_the_current_phases_target() {
        AuthenticatedAs.login(users, "implementering");
        var needs = overview.localTrainingNeeds();
        assertThat(needs).singleElement().satisfies(cluster -> {
            assertThat(cluster.clusterName()).isEqualTo("Lillebælt");
            assertThat(cluster.phase().code()).isEqualTo("CHANGE");
            assertThat(cluster.target()).isEqualTo(Staircase.CHANGE_MANAGEMENT);
            assertThat(cluster.unitsBelow()).isNotEmpty().allSatisfy(unit -> {
                assertThat(unit.participation().recentBelow(40)).isTrue();
                assertThat(unit.participation().targetGroup()).isPositive();
            });
            // The furthest behind first.
            assertThat(cluster.unitsBelow()).extracting(u -> u.participation().recentShare())
                    .isSortedAccordingTo(Double::compare);
            assertThat(cluster.unitsBelow()).extracting(NodeParticipation::name)
                    .doesNotContain("Hjemmeplejen Aabenraa");
        });
    }

    @Test
    void only_the_levels_concerned_read_the_participation_figures() {
        AuthenticatedAs.login(users, "sygeplejerske");
        assertThatThrownBy(() -> overview.participationAsLeader(Role.LINE_MANAGER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overview.localTrainingNeeds()).isInstanceOf(AccessDeniedException.class);
        AuthenticatedAs.login(users, "leder");
        assertThatThrownBy(() -> overview.localTrainingNeeds()).isInstanceOf(AccessDeniedException.class);
        // A line manager asking as director gets nothing: she oversees no organisation.
        assertThat(overview.participationAsLeader(Role.SENIOR_MANAGER)).isEmpty();
        AuthenticatedAs.login(users, "implementering");
        assertThatThrownBy(() -> overview.participationAsLeader(Role.LINE_MANAGER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void units_below_a_target_are_selected_by_the_database_each_with_its_own_people() {
        var fx = new OverviewFixture(jdbc);
        fx.cluster("NEEDX");
        fx.organisation("NEED_A", "KOMMUNE", "NEEDX");
        fx.ids.put("A", fx.id("NEED_A"));
        fx.unit("TOP", "A", null);       // 4 in the target group, 1 trained: 25 %
        fx.unit("CHILD", "A", "TOP");    // 2 in the target group, both trained: 100 %
        fx.unit("HALF", "A", null);      // 2 of 4 trained: exactly 50 %
        fx.unit("NOBODY", "A", null);    // only people without a target: not measured
        fx.unit("OLD", "A", null);       // 2 in the target group, trained 100 days ago: 0 %
        person(fx, "t1", "TOP", "IN_DEPTH", true);
        person(fx, "t2", "TOP", "OVERALL", false);
        person(fx, "t3", "TOP", "OVERALL", false);
        person(fx, "t4", "TOP", "IN_DEPTH", false);
        fx.person("t5", "TOP", "NONE", true);
        attend(fx, "t5");
        person(fx, "c1", "CHILD", "IN_DEPTH", true);
        person(fx, "c2", "CHILD", "OVERALL", true);
        person(fx, "h1", "HALF", "IN_DEPTH", true);
        person(fx, "h2", "HALF", "IN_DEPTH", true);
        person(fx, "h3", "HALF", "IN_DEPTH", false);
        person(fx, "h4", "HALF", "IN_DEPTH", false);
        fx.person("n1", "NOBODY", "NONE", true);
        fx.person("o1", "OLD", "IN_DEPTH", true);
        fx.person("o2", "OLD", "IN_DEPTH", true);
        events.publishEvent(new TrainingLogged(9_100_001L, "PEER_COACHING", today.minusDays(100), fx.id("OLD"),
                fx.id("o1"), List.of(fx.id("o1"), fx.id("o2")), 2, 30));

        var below40 = queries.unitsBelow(fx.id("NEEDX"), 40, today);
        assertThat(below40).extracting(NodeParticipation::name).containsExactlyInAnyOrder("Enhed TOP", "Enhed OLD");
        var top = below40.stream().filter(u -> u.name().equals("Enhed TOP")).findFirst().orElseThrow();
        assertThat(top.participation()).isEqualTo(new Participation(4, 0, 0, 1));
        assertThat(top.organisationName()).isEqualTo("Org NEED_A");
        assertThat(top.area()).isEqualTo(Area.unit(fx.id("TOP")));
        // 50 % is not below 50 %, but is below 60 %; every measured unit is below 101 %.
        assertThat(queries.unitsBelow(fx.id("NEEDX"), 50, today)).extracting(NodeParticipation::name)
                .containsExactlyInAnyOrder("Enhed TOP", "Enhed OLD");
        assertThat(queries.unitsBelow(fx.id("NEEDX"), 60, today)).extracting(NodeParticipation::name)
                .containsExactlyInAnyOrder("Enhed TOP", "Enhed OLD", "Enhed HALF");
        assertThat(queries.unitsBelow(fx.id("NEEDX"), 101, today)).extracting(NodeParticipation::name)
                .containsExactlyInAnyOrder("Enhed TOP", "Enhed CHILD", "Enhed HALF", "Enhed OLD");
    }

    private void person(OverviewFixture fx, String key, String unit, String target, boolean trainedLately) {
        fx.person(key, unit, target, true);
        if (trainedLately) {
            attend(fx, key);
        }
    }

    private long session = 9_200_000L;

    private void attend(OverviewFixture fx, String key) {
        events.publishEvent(new AttendanceRecorded(session++, fx.id(key), "PRACTICE_TRAINING", today.minusDays(10),
                "ATTENDED"));
    }
}
