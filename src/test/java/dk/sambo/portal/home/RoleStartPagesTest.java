package dk.sambo.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.barrier.BarrierLog;
import dk.sambo.portal.organisation.OrganisationFigures;
import dk.sambo.portal.organisation.OrganisationFigures.Totals;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.plan.PlanService;

/** Each role's start page shows its own job with the seeded figures, computed live. */
class RoleStartPagesTest extends KaribuTest {

    @Autowired OrganisationFigures figures;
    @Autowired OrganisationService organisation;
    @Autowired PlanService plan;
    @Autowired BarrierLog barriers;

    @Test
    void staff_sees_her_leader_culture_bearers_knowledge_target_and_the_basic_principles() {
        login("sygeplejerske");
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(StartView.class);
        var text = PageText.now();
        assertThat(text).contains("Som medarbejder", "Birgitte Holm", "Hanne Kjær", "Indgående kendskab",
                "Udskrivningen begynder ved indlæggelsen", "Borgeren/patienten inddrages");
        assertThat(text).doesNotContain("Som leder med personaleansvar", "Dine enheder");
    }

    @Test
    void culture_bearer_sees_her_appointment_with_units_and_topics_under_both_roles() {
        login("kulturbaerer");
        navigate("");
        var text = PageText.now();
        assertThat(text).contains("Som medarbejder", "Som kulturbærer", "Din udpegning som kulturbærer",
                "Akutteamet Kolding, Sygeplejen Kolding", "Alle emner", "indtil videre");
        // Own work first: the staff heading comes before the culture-bearer heading.
        assertThat(text.indexOf("Som medarbejder")).isLessThan(text.indexOf("Som kulturbærer"));
    }

    @Test
    void line_manager_sees_her_units_people_by_knowledge_target_culture_bearers_and_barriers() {
        login("leder");
        var units = figures.unitsILead().stream().map(UnitSummary::id).toList();
        var rows = figures.forUnits(units);
        var totals = Totals.of(rows);
        navigate("");
        var text = PageText.now();
        assertThat(text).contains("Som leder med personaleansvar", "Dine enheder", "Sygeplejen Kolding",
                totals.people() + "\nmedarbejdere", totals.inDepth() + "\nmed indgående kendskab",
                totals.cultureBearers() + "\nkulturbærere", "Udpeg eller afslut kulturbærere");
        // Sygeplejen Kolding: the nurse, the culture bearer, the leader, the director placed there and 14 staff.
        assertThat(rows).filteredOn(r -> r.unitName().equals("Sygeplejen Kolding"))
                .singleElement().satisfies(r -> assertThat(r.people()).isEqualTo(18));
        assertThat(text).contains("Barrierer i dine enheder",
                "Det er ikke muligt at kalenderbooke medarbejderne til praksistræning.",
                "Svært at overskue træningen i en travl hverdag.", "Fristen er overskredet");
    }

    @Test
    void director_sees_his_organisation_rolled_up_the_plan_phases_and_his_task() {
        login("direktoer");
        var kolding = organisation.organisations().stream().filter(o -> o.code().equals("KOLDING_KOMMUNE"))
                .findFirst().orElseThrow();
        var totals = Totals.of(figures.forOrganisation(kolding.id()));
        var progress = plan.progress(java.util.List.of(kolding.id())).getFirst();
        navigate("");
        var text = PageText.now();
        assertThat(text).contains("Som leder af ledere / direktør", "Organisationen: Kolding Kommune",
                totals.units() + "\nenheder", totals.coveragePercent() + " %",
                "dækning (" + totals.coveredUnits() + " af " + totals.units() + " enheder har en kulturbærer)",
                "Hjemmeplejen Kolding Nord", "Implementeringsplanen",
                progress.done() + "/" + progress.total(), "afkrydsningspunkter udført i Kolding Kommune",
                "Din opgave i planen:", "Skal understøtte kulturen i grundprincipperne og indgå i det tværsektorielle samarbejde.",
                "Kompetenceudvikling", "I gang", "Grundprincipperne", "Lanceringspakken");
        assertThat(progress.total()).isEqualTo(10);
        // Hjemmeplejen Kolding Nord was seeded without a culture bearer: a gap.
        assertThat(text).contains("mangler en kulturbærer:");
    }

    @Test
    void strategic_level_sees_the_cluster_summary_barriers_across_the_cluster_and_pending_spreading_decisions() {
        login("strategisk");
        var lillebaelt = organisation.clusters().stream().filter(c -> c.code().equals("LILLEBAELT")).findFirst()
                .orElseThrow();
        var totals = Totals.of(figures.forCluster(lillebaelt.id()));
        var unresolved = barriers.summaryOfCluster(lillebaelt.id()).unresolved();
        navigate("");
        var text = PageText.now();
        assertThat(text).contains("Fagligt strategisk niveau", "Sundhedsklyngen", "Lillebælt",
                totals.coveragePercent() + " % (" + totals.coveredUnits() + "/" + totals.units() + ")",
                "Lillebælt: " + unresolved + " uløste barrierer", "Spredning under overvejelse",
                "Tidlig opsporing af begyndende sygdom (TOBS) i hjemmeplejen", "Planen i klyngen");
        assertThat(unresolved).isGreaterThanOrEqualTo(4);
        assertThat(text).doesNotContain("Sønderjylland");
    }

    @Test
    void implementing_level_sees_local_training_needs_and_overdue_follow_up_actions() {
        login("implementering");
        navigate("");
        var text = PageText.now();
        assertThat(text).contains("Implementerende niveau", "Lokale træningsbehov", "enheder under målet",
                "Opfølgning på handlinger", "handlinger over fristen",
                "Svært at overskue træningen i en travl hverdag.");
        assertThat(text).doesNotContain("Spredning under overvejelse");
    }

    @Test
    void political_level_sees_read_only_cluster_status_and_the_launch_package() {
        login("politiker");
        navigate("");
        var text = PageText.now();
        assertThat(text).contains("Politisk niveau", "Sundhedsklyngen", "Lillebælt", "Lanceringspakken",
                "Lanceringsbrev: ny SAM:BO-aftale fra 19. maj 2025", "Grundprincipperne i SAM:BO");
        assertThat(text).doesNotContain("Udpeg eller afslut", "Opfølgning på handlinger", "Barrierer i klyngen");
    }

    @Test
    void region_wide_strategist_sees_every_populated_cluster() {
        login("region");
        navigate("");
        assertThat(PageText.now()).contains("Lillebælt", "Sønderjylland");
    }

    @Test
    void a_section_for_several_roles_appears_once_under_the_first_role_held() {
        assertThat(StartView.groupOf(java.util.Set.of(dk.sambo.portal.organisation.Role.STRATEGIC,
                dk.sambo.portal.organisation.Role.POLITICAL), java.util.Set.of(dk.sambo.portal.organisation.Role.POLITICAL,
                dk.sambo.portal.organisation.Role.STRATEGIC))).isEqualTo(dk.sambo.portal.organisation.Role.STRATEGIC);
    }
}
