package dk.sambo.portal.security;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.session.HttpSessionCreatedEvent;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.PortalPrincipal;

/**
 * The person's own sessions page in Danish (ASVS 5.0 7.5.2): reached from the header link, it lists the session
 * the person looks from and their other ones, and ends another session with one click or all others at once.
 */
class MySessionsViewTest extends KaribuTest {

    private static final String CHROME_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36";

    @Autowired OpenSessions openSessions;
    @Autowired SessionTerminator terminator;

    @Test
    void the_header_links_to_my_sessions_which_lists_this_and_another_session_and_ends_the_other() {
        login("sygeplejerske");
        long me = ((PortalPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .personId();
        var here = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        openSessions.loggedIn(here, me, CHROME_MAC, clock.instant());
        var other = new MockHttpSession();
        terminator.created(new HttpSessionCreatedEvent(other));
        openSessions.loggedIn(other, me, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1",
                clock.instant());

        navigate("");
        var link = _get(RouterLink.class, spec -> spec.withClasses("my-sessions-link"));
        assertThat(link.getElement().getAttribute("aria-label")).isEqualTo("Mine sessioner");
        assertThat(link.getHref()).isEqualTo("mine-sessioner");
        navigate("mine-sessioner");

        assertThat(_get(H1.class).getText()).isEqualTo("Mine sessioner");
        @SuppressWarnings("unchecked")
        Grid<OpenSessions.OpenSession> grid = _get(Grid.class);
        assertThat(GridKt._get(grid, 0).handle()).as("the current session first")
                .isEqualTo(OpenSessions.handleOf(here));
        assertThat(_getFormattedRow(grid, 0)).contains("Chrome · macOS", "23-11-2026 09:00");
        int row = IntStream.range(0, _size(grid))
                .filter(i -> GridKt._get(grid, i).handle().equals(OpenSessions.handleOf(other))).findFirst()
                .orElseThrow();
        assertThat(_getFormattedRow(grid, row)).contains("Safari · iPhone");

        _click((Button) GridKt._getCellComponent(grid, row, "action"));

        assertThat(other.isInvalid()).as("ended on this node").isTrue();
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> GridKt._get(grid, i).handle()))
                .contains(OpenSessions.handleOf(here)).doesNotContain(OpenSessions.handleOf(other));

        var third = new MockHttpSession();
        terminator.created(new HttpSessionCreatedEvent(third));
        openSessions.loggedIn(third, me, null, clock.instant());
        _click(_get(Button.class, spec -> spec.withClasses("end-all-others")));
        assertThat(third.isInvalid()).isTrue();
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> GridKt._get(grid, i).handle()))
                .containsExactly(OpenSessions.handleOf(here));
        openSessions.ended(OpenSessions.handleOf(here));
    }
}
