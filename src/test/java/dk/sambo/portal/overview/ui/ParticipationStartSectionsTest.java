package dk.sambo.portal.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.overview.OverviewService;

/** The overview's figures on each leader's and the implementing level's "Min side", as the service gives them. */
class ParticipationStartSectionsTest extends KaribuTest {

    @Autowired OverviewService overview;

    @Test
    void a_line_manager_sees_the_share_trained_in_each_unit_linking_to_its_overview() {
        login("leder");
        var units = overview.participationAsLeader(Role.LINE_MANAGER);
        navigate("");
        var text = PageText.now();
        assertThat(text).contains("Andel trænet i dine enheder", "Målgruppe", "Trin\u00a01", "Trin\u00a02", "90\u00a0dage");
        for (var unit : units) {
            var p = unit.participation();
            assertThat(text).contains(unit.name() + "\n" + p.targetGroup() + "\n"
                    + ParticipationStartSections.percent(p.step1Share()) + "\n"
                    + ParticipationStartSections.percent(p.step2Share()) + "\n"
                    + ParticipationStartSections.percent(p.recentShare()));
            assertThat(_find(Anchor.class)).anySatisfy(a -> {
                assertThat(a.getText()).isEqualTo(unit.name());
                assertThat(a.getHref()).isEqualTo("overblik?omraade=" + unit.area().token());
            });
        }
        // The link opens the unit's own overview.
        UI.getCurrent().navigate("overblik", QueryParameters.of("omraade", units.getFirst().area().token()));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OverviewView.class);
        assertThat(((OverviewView) UI.getCurrent().getCurrentView()).currentArea()).isEqualTo(units.getFirst().area());
    }

    @Test
    void a_director_sees_the_same_figures_rolled_up_for_his_organisation() {
        login("direktoer");
        var kolding = overview.participationAsLeader(Role.SENIOR_MANAGER).getFirst();
        var p = kolding.participation();
        navigate("");
        assertThat(PageText.now()).contains("Andel trænet i Kolding Kommune",
                ParticipationStartSections.percent(p.step1Share()) + "\nhar deltaget i trin 1",
                ParticipationStartSections.percent(p.step2Share()) + "\nhar deltaget i trin 2",
                ParticipationStartSections.percent(p.recentShare()) + "\nhar trænet de seneste 90 dage",
                "Målgruppen er de " + p.targetGroup() + " medarbejdere", "Se organisationen i overblikket");
    }

    @Test
    void the_implementing_level_sees_the_units_below_the_current_phases_target_and_no_overview_link() {
        login("implementering");
        var needs = overview.localTrainingNeeds().getFirst();
        var first = needs.unitsBelow().getFirst();
        navigate("");
        var text = PageText.now();
        assertThat(text).contains("Lokale træningsbehov", "Planen er i fasen Forandringsledelse",
                "mindst 40\u00a0% af målgruppen", needs.unitsBelow().size() + "\nenheder under målet",
                first.name() + ", " + first.organisationName() + ": "
                        + ParticipationStartSections.percent(first.participation().recentShare()));
        // The overview is not the implementing level's to open, so no card points to it.
        assertThat(text).doesNotContain("Åbn overblikket", "Organisationsoverblikket viser",
                "enheder uden kulturbærer");
    }

    @Test
    void staff_see_none_of_it() {
        login("sygeplejerske");
        navigate("");
        assertThat(PageText.now()).doesNotContain("Andel trænet", "Lokale træningsbehov");
    }
}
