package dk.sambo.portal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.sambo.portal.e2e.BrowserTest;
import dk.sambo.portal.training.domain.SessionType;

/**
 * The FullCalendar component in a real browser against the whole portal with the demo data: it renders in its
 * shadow root, in Danish, with the demo sessions coloured by type, fills its host, switches to the list view, and
 * a click opens the session. Screenshots go to target/screenshots.
 */
class TrainingCalendarBrowserIT extends BrowserTest {

    @Test
    void the_calendar_renders_the_demo_sessions_in_danish_coloured_by_type_and_opens_one_on_click() {
        loginAs("kulturbaerer");
        open("/kalender");
        // Playwright's CSS selectors pierce the component's shadow root.
        page.waitForSelector("sambo-calendar .fc-daygrid-event");
        screenshot("training-calendar-month");

        assertThat(page.locator("sambo-calendar .fc-toolbar-title").textContent()).isEqualTo("november 2026");
        assertThat(page.locator("sambo-calendar .fc-col-header-cell").first().textContent()).isEqualTo("man.");
        assertThat(page.locator("sambo-calendar .fc-daygrid-event").count()).isGreaterThanOrEqualTo(3);
        var practice = page.locator("sambo-calendar .sambo-type-practice_training").first();
        assertThat(practice.evaluate("e => getComputedStyle(e).backgroundColor"))
                .isEqualTo(rgb(SessionType.PRACTICE_TRAINING.colour()));
        // The calendar fills its host, seven columns all visible.
        var widths = (String) page.locator("sambo-calendar").evaluate(
                "e => Math.round(e.getBoundingClientRect().width) + ':' + Math.round(e.shadowRoot"
                        + ".querySelector('.fc-daygrid-body').getBoundingClientRect().width)");
        var parts = widths.split(":");
        assertThat(Math.abs(Integer.parseInt(parts[0]) - Integer.parseInt(parts[1]))).isLessThanOrEqualTo(2);

        page.click("sambo-calendar .fc-listMonth-button");
        page.waitForSelector("sambo-calendar .fc-list-event");
        screenshot("training-calendar-list");
        var title = page.locator("sambo-calendar .fc-list-event-title").first().textContent();

        page.locator("sambo-calendar .fc-list-event-title").first().click();
        page.waitForURL(url -> url.contains("/kalender/aktivitet/"));
        page.waitForSelector("h1");
        assertThat(page.locator("h1").textContent()).isEqualTo(title.replaceFirst(" \\(fuldt\\)$", ""));
        screenshot("training-session");
    }

    private static String rgb(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        return "rgb(" + r + ", " + g + ", " + b + ")";
    }
}
