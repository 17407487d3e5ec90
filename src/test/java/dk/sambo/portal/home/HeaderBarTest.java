package dk.sambo.portal.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.popover.Popover;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.shared.ui.LanguageSwitch;

/**
 * The header follows the window's width both ways (issue 14): on a phone the language switch and logout sit in the
 * account menu, on a wide window in the bar, and turning a tablet back and forth moves them again without error
 * (the popover once threw "Child should have this element as a parent" on the way back).
 */
class HeaderBarTest extends KaribuTest {

    @Test
    void language_and_logout_move_into_the_menu_on_a_phone_and_back_into_the_bar_on_a_wide_window() {
        login("sygeplejerske");
        navigate("");
        var bar = _get(HeaderBar.class);
        var language = _get(LanguageSwitch.class);
        // Hidden on a wide window, so not found by _get: taken from the bar itself.
        var menuButton = bar.getChildren()
                .filter(c -> c.getElement().getClassList().contains("header-menu-button"))
                .findFirst().map(Button.class::cast).orElseThrow();

        for (int round = 0; round < 2; round++) {
            bar.fit(390);
            var menu = _get(Popover.class, spec -> spec.withClasses("header-menu"));
            assertThat(menuButton.isVisible()).isTrue();
            assertThat(language.getParent()).contains(menu);
            assertThat(bar.hasClassName("narrow")).isTrue();

            bar.fit(1366);
            assertThat(menuButton.isVisible()).isFalse();
            assertThat(language.getParent()).contains(bar);
            assertThat(bar.hasClassName("narrow")).isFalse();
        }
    }
}
