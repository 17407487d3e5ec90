package dk.sambo.portal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dk.sambo.portal.shared.PortalTimeZone;

/**
 * The calendar widget gets wall-clock times of the portal's zone, whatever the JVM's or the browser's zone is
 * (also run with the JVM default zone UTC, see the surefire execution "utc" in pom.xml).
 */
class FullCalendarTimeZoneTest {

    @AfterEach
    void backToDefault() {
        PortalTimeZone.use(ZoneId.of(PortalTimeZone.DEFAULT));
    }

    @Test
    void a_ten_oclock_copenhagen_session_goes_to_the_browser_as_ten_oclock() {
        var calendar = new FullCalendar(Locale.of("da"));
        calendar.setEvents(List.of(new FullCalendar.Event("1", "Kursus", Instant.parse("2026-11-26T09:00:00Z"),
                Instant.parse("2026-11-26T11:00:00Z"), null, List.of(), Map.of())));

        var json = calendar.getElement().getPropertyRaw("events").toString();
        assertThat(json).contains("\"start\":\"2026-11-26T10:00\"").contains("\"end\":\"2026-11-26T12:00\"");
        assertThat(FullCalendar.local(Instant.parse("2026-07-01T08:00:00Z"))).isEqualTo("2026-07-01T10:00");
    }

    @Test
    void the_visible_range_the_browser_reports_is_read_as_portal_time() {
        assertThat(FullCalendar.parse("2026-11-30T00:00:00Z")).isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
        assertThat(FullCalendar.parse("2026-11-30")).isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
    }

    @Test
    void another_configured_zone_moves_the_calendar_with_it() {
        PortalTimeZone.use(ZoneId.of("Atlantic/Faroe"));

        assertThat(FullCalendar.local(Instant.parse("2026-11-26T09:00:00Z"))).isEqualTo("2026-11-26T09:00");
    }
}
