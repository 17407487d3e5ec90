package dk.sambo.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import dk.sambo.portal.KaribuTest;

/** Issue 12: a person whose server stopped is told on the login page of the next one what happened. */
class SessionMovedLoginViewTest extends KaribuTest {

    @Test
    void a_person_moved_to_another_server_is_told_in_danish_that_the_session_moved_and_typed_text_is_not_saved() {
        UI.getCurrent().navigate(LoginView.ROUTE, QueryParameters.of(LoginView.MOVED, ""));

        var notice = _get(Paragraph.class, spec -> spec.withClasses("login-session-moved"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("Din session er flyttet til en anden server, fordi den server, du"
                + " var på, blev stoppet. Log ind igen. Det, du havde skrevet uden at gemme, er ikke gemt.");
        assertThat(notice.getElement().getAttribute("role")).isEqualTo("status");
    }

    @Test
    void in_english_too() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(LoginView.ROUTE, QueryParameters.of(LoginView.MOVED, ""));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("login-session-moved")).getText())
                .startsWith("Your session moved to another server").contains("is not saved");
    }

    @Test
    void the_ordinary_login_page_says_nothing_about_moving() {
        UI.getCurrent().navigate(LoginView.ROUTE);

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("login-session-moved")))
                .allMatch(p -> !p.isVisible());
    }
}
