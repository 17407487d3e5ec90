package dk.sambo.portal.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.security.ui.LoginView;

/** The role matrix for the administration routes, and the admin's own flows. */
class AdminViewsTest extends KaribuTest {

    @Autowired
    AuditLog audit;

    @ParameterizedTest
    @ValueSource(strings = {"admin/personer", "admin/adgang", "admin/revisionsspor"})
    void anonymous_visitor_is_sent_to_login(String route) {
        navigate(route);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sygeplejerske", "kulturbaerer", "leder", "direktoer", "strategisk", "implementering",
            "politiker", "region"})
    void every_other_role_is_denied_the_administration(String username) {
        login(username);
        for (var route : new String[] {"admin/personer", "admin/adgang", "admin/revisionsspor"}) {
            assertThatThrownBy(() -> navigate(route)).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void admin_finds_people_lazily_by_search() {
        login("admin");
        navigate("admin/personer");
        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = _get(Grid.class);
        assertThat(_size(grid)).isGreaterThan(300);
        _get(TextField.class).setValue("Sygeplejen Kolding");
        assertThat(_size(grid)).isBetween(10, 30);
        assertThat(_get(grid, 0).unitName()).isEqualTo("Sygeplejen Kolding");
    }

    @Test
    void admin_sees_the_audit_trail_with_logins_and_changes() {
        login("admin");
        navigate("admin/revisionsspor");
        assertThat(_find(Grid.class)).hasSize(1);
    }
}
