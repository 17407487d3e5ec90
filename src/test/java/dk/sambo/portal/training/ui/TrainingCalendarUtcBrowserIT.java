package dk.sambo.portal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.e2e.BrowserTest;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.training.domain.TrainingSessions;
import dk.sambo.portal.training.domain.Audience;
import dk.sambo.portal.training.domain.SessionData;
import dk.sambo.portal.training.domain.SessionScope;
import dk.sambo.portal.training.domain.SessionType;

/**
 * The calendar in a browser whose time zone is UTC shows a session at the portal's (Danish) time, like every
 * other page: before issue 9 FullCalendar converted to the browser's zone and a UTC browser saw 09.00 for a 10.00
 * session.
 */
class TrainingCalendarUtcBrowserIT extends BrowserTest {

    @Autowired
    TrainingSessions trainingSessions;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService users;

    @Override
    protected String browserTimeZone() {
        return "UTC";
    }

    @Test
    void a_browser_in_utc_sees_a_ten_oclock_copenhagen_session_at_ten() {
        String title = "Tidszonekursus " + System.nanoTime();
        AuthenticatedAs.login(users, "implementering");
        try {
            long cluster = organisation.clusters().stream().filter(c -> "LILLEBAELT".equals(c.code()))
                    .findFirst().orElseThrow().id();
            var start = LocalDateTime.of(2026, 11, 26, 10, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant();
            trainingSessions.create(new SessionData(SessionType.CROSS_SECTOR_STEP2, title, null, start,
                    start.plus(Duration.ofHours(2)), "Kolding", null, SessionScope.CLUSTER, cluster,
                    Set.of(Audience.STAFF_IN_DEPTH), 10, null, false, List.of()));
        } finally {
            AuthenticatedAs.logout();
        }

        loginAs("implementering");
        assertThat(page.evaluate("() => Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("UTC");
        open("/kalender");
        page.waitForSelector("sambo-calendar .fc-daygrid-event");
        page.click("sambo-calendar .fc-listMonth-button");
        var row = page.locator("sambo-calendar .fc-list-event").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
        row.first().waitFor();
        screenshot("training-calendar-list-utc-browser");

        assertThat(row.first().locator(".fc-list-event-time").textContent()).matches("10[.:]00\\D+12[.:]00");
    }
}
