package dk.sambo.portal.qa.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.qa.search.SearchSynonyms;

/** Spørgsmål → Synonymer i søgningen: the implementing level adds a group; staff cannot open the page. */
class SynonymsViewTest extends KaribuTest {

    @Test
    void the_implementing_level_adds_a_group_in_danish() {
        login("implementering");
        navigate("spoergsmaal/synonymer");
        var view = _get(SynonymsView.class);
        int before = GridKt._size(view.grid);
        assertThat(before).isGreaterThanOrEqualTo(4);

        _click(_get(Button.class, s -> s.withText("Tilføj synonymer")));
        var field = _get(TextField.class, s -> s.withLabel("Ord og udtryk"));
        field.setValue("kun ét");
        _click(_get(Button.class, s -> s.withText("Gem")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("mindst to ord");

        field.setValue("sygeplejebrev, sygeplejerskebrev");
        _click(_get(Button.class, s -> s.withText("Gem")));
        assertThat(_find(TextField.class, s -> s.withLabel("Ord og udtryk"))).isEmpty();
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
        assertThat(java.util.stream.IntStream.range(0, before + 1)
                .mapToObj(i -> GridKt._get(view.grid, i)).map(SearchSynonyms.Group::terms))
                .contains("sygeplejebrev, sygeplejerskebrev");
    }

    @Test
    void a_cpr_number_among_the_terms_is_marked_inline_and_no_group_is_added() {
        login("implementering");
        navigate("spoergsmaal/synonymer");
        var view = _get(SynonymsView.class);
        int before = GridKt._size(view.grid);
        _click(_get(Button.class, s -> s.withText("Tilføj synonymer")));
        var field = _get(TextField.class, s -> s.withLabel("Ord og udtryk"));
        field.setValue("udskrivning, 010285-1234");
        _click(_get(Button.class, s -> s.withText("Gem")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("CPR-nummer");
        assertThat(_find(com.vaadin.flow.component.notification.Notification.class).stream()
                .filter(com.vaadin.flow.component.notification.Notification::isOpened)).isEmpty();
        assertThat(GridKt._size(view.grid)).isEqualTo(before);
    }

    @Test
    void staff_and_culture_bearers_cannot_open_the_page() {
        login("sygeplejerske");
        assertThatThrownBy(() -> navigate("spoergsmaal/synonymer")).isInstanceOf(MockAccessDeniedException.class);
        login("kulturbaerer");
        assertThatThrownBy(() -> navigate("spoergsmaal/synonymer")).isInstanceOf(MockAccessDeniedException.class);
    }
}
