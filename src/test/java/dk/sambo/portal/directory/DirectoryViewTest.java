package dk.sambo.portal.directory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.organisation.OrganisationFigures;
import dk.sambo.portal.organisation.OrganisationFigures.DirectoryFilter;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.security.ui.LoginView;

class DirectoryViewTest extends KaribuTest {

    @Autowired OrganisationFigures figures;
    @Autowired OrganisationService organisation;

    @Test
    void staff_find_leaders_culture_bearers_and_the_cluster_levels() {
        navigate("kontakter");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        login("sygeplejerske");
        navigate("kontakter");
        assertThat(PageText.now()).contains("Birgitte Holm", "Hanne Kjær", "Søren Damgaard", "Trine Nørgaard",
                "Fagligt strategisk niveau");
    }

    @Test
    void the_directory_filters_by_organisation_unit_cluster_and_topic() {
        login("leder");
        var kolding = organisation.organisations().stream().filter(o -> o.getCode().equals("KOLDING_KOMMUNE"))
                .findFirst().orElseThrow().id();
        var inKolding = figures.directory(new DirectoryFilter(null, Role.LINE_MANAGER, null, kolding, null, null));
        assertThat(inKolding).extracting(OrganisationFigures.Contact::name).contains("Birgitte Holm");
        assertThat(inKolding).allMatch(c -> c.role() == Role.LINE_MANAGER);
        var sonderjylland = organisation.clusters().stream().filter(c -> c.getCode().equals("SOENDERJYLLAND"))
                .findFirst().orElseThrow().id();
        var bearersSj = figures.directory(new DirectoryFilter(null, Role.CULTURE_BEARER, sonderjylland, null, null,
                null));
        assertThat(bearersSj).extracting(OrganisationFigures.Contact::name).contains("Lone Bech")
                .doesNotContain("Hanne Kjær");
        // A topic finds those covering it, and those covering every topic.
        var discharge = figures.directory(new DirectoryFilter(null, null, null, null, null, "DISCHARGE"));
        assertThat(discharge).isNotEmpty().allMatch(c -> c.role() == Role.CULTURE_BEARER
                && (c.topicCodes().isEmpty() || c.topicCodes().contains("DISCHARGE")));

        navigate("kontakter");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class);
        role.setValue(Role.STRATEGIC);
        assertThat(PageText.now()).contains("Søren Damgaard", "Marianne Vestergaard").doesNotContain("Hanne Kjær");
    }
}
