package dk.sambo.portal.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.security.ui.LoginView;

class StartViewTest extends KaribuTest {

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void nurse_lands_on_her_start_page_with_her_unit_leader_and_culture_bearers() {
        login("sygeplejerske");
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(StartView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Velkommen, Mette Sørensen");
        var texts = _find(Span.class).stream().map(Span::getText).toList();
        assertThat(texts).contains("Sygeplejen Kolding", "Kolding Kommune", "Lillebælt", "Indgående kendskab");
        // Her leader and the culture bearer appointed for Sygeplejen Kolding, from the organisation model.
        assertThat(texts).contains("Birgitte Holm", "Hanne Kjær");
    }

    @Test
    void a_line_managers_leader_is_the_director_above_her() {
        login("leder");
        navigate("");
        var texts = _find(Span.class).stream().map(Span::getText).toList();
        assertThat(texts).contains("Henrik Lauridsen");
    }

    @Test
    void navigation_shows_only_what_the_person_may_open() {
        login("sygeplejerske");
        navigate("");
        var staffItems = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(staffItems).contains("Min side").doesNotContain("Personer og roller");

        newPage();
        login("admin");
        navigate("");
        var adminItems = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(adminItems).contains("Min side", "Personer og roller", "Adgangsanmodninger", "Revisionsspor");
    }

    @Test
    void header_names_the_person_their_roles_and_organisation() {
        login("leder");
        navigate("");
        var texts = _find(Span.class).stream().map(Span::getText).toList();
        assertThat(texts).contains("Birgitte Holm", "Kolding Kommune");
        assertThat(texts).anyMatch(t -> t.contains("Leder med personaleansvar"));
    }
}
