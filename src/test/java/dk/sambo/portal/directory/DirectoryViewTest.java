package dk.sambo.portal.directory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.organisation.ContactDirectory;
import dk.sambo.portal.organisation.ContactDirectory.Contact;
import dk.sambo.portal.organisation.ContactDirectory.DirectoryFilter;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.security.ui.LoginView;

class DirectoryViewTest extends KaribuTest {

    static final Pageable PAGE = PageRequest.of(0, 500);

    @Autowired ContactDirectory directory;
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
        var kolding = organisation.organisations().stream().filter(o -> o.code().equals("KOLDING_KOMMUNE"))
                .findFirst().orElseThrow().id();
        var inKolding = directory.find(new DirectoryFilter(null, Role.LINE_MANAGER, null, kolding, null, null), PAGE);
        assertThat(inKolding).extracting(Contact::name).contains("Birgitte Holm");
        assertThat(inKolding).allMatch(c -> c.role() == Role.LINE_MANAGER);
        var sonderjylland = organisation.clusters().stream().filter(c -> c.code().equals("SOENDERJYLLAND"))
                .findFirst().orElseThrow().id();
        var bearersSj = directory.find(new DirectoryFilter(null, Role.CULTURE_BEARER, sonderjylland, null, null,
                null), PAGE);
        assertThat(bearersSj).extracting(Contact::name).contains("Lone Bech")
                .doesNotContain("Hanne Kjær");
        // A topic finds those covering it, and those covering every topic.
        var discharge = directory.find(new DirectoryFilter(null, null, null, null, null, "DISCHARGE"), PAGE);
        assertThat(discharge).isNotEmpty().allMatch(c -> c.role() == Role.CULTURE_BEARER
                && (c.topicCodes().isEmpty() || c.topicCodes().contains("DISCHARGE")));

        navigate("kontakter");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class);
        role.setValue(Role.STRATEGIC);
        assertThat(PageText.now()).contains("Søren Damgaard", "Marianne Vestergaard").doesNotContain("Hanne Kjær");
    }

    @Test
    void the_grid_pages_from_the_database_and_the_count_follows_the_filters() {
        login("leder");
        navigate("kontakter");
        long all = directory.count(DirectoryFilter.ANY);
        assertThat(PageText.now()).contains(all + " kontakter");
        @SuppressWarnings("unchecked")
        Grid<Contact> grid = _get(Grid.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo((int) all);
        // The last row comes from a later page than the first, in the service's order.
        var last = directory.find(DirectoryFilter.ANY, PageRequest.of(0, (int) all)).getLast();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, (int) all - 1)).isEqualTo(last);

        _get(TextField.class).setValue("Holm");
        var holm = new DirectoryFilter("Holm", null, null, null, null, null);
        assertThat(directory.count(holm)).isPositive().isLessThan(all);
        assertThat(PageText.now()).contains(directory.count(holm) + " kontakter", "Birgitte Holm")
                .doesNotContain("Hanne Kjær");
    }
}
