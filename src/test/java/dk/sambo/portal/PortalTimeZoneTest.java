package dk.sambo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dk.sambo.portal.shared.PortalTimeZone;
import dk.sambo.portal.shared.ui.Formats;

/**
 * One time zone: the clock bean runs in {@code portal.time-zone} (default Europe/Copenhagen), not in the server's
 * zone. Before issue 9 it was {@code Clock.systemDefaultZone()}, so on a server in UTC "today" was yesterday between
 * midnight and 01.00 (02.00 in summer) Danish time. The surefire execution "utc" in pom.xml runs this class and the
 * suite's date-sensitive tests with the JVM default zone UTC.
 */
class PortalTimeZoneTest {

    private static final Instant HALF_PAST_MIDNIGHT_IN_COPENHAGEN = Instant.parse("2026-11-23T23:30:00Z");

    @AfterEach
    void backToDefault() {
        PortalTimeZone.use(ZoneId.of(PortalTimeZone.DEFAULT));
    }

    @Test
    void the_clock_runs_in_the_configured_zone_whatever_the_servers_zone_is() {
        var clock = new Application().clock(PortalTimeZone.DEFAULT);

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
        assertThat(PortalTimeZone.get()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
        var expected = System.getProperty("portal.test.expected-default-zone");
        if (expected != null) {
            // The "utc" execution really runs with another JVM default zone than the portal's.
            assertThat(ZoneId.systemDefault().getId()).isEqualTo(expected);
        }
    }

    @Test
    void today_is_the_danish_date_between_midnight_and_one_oclock() {
        var zone = new Application().clock(PortalTimeZone.DEFAULT).getZone();

        assertThat(LocalDate.now(Clock.fixed(HALF_PAST_MIDNIGHT_IN_COPENHAGEN, zone)))
                .isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(Formats.dateTime(HALF_PAST_MIDNIGHT_IN_COPENHAGEN, Locale.of("da"))).contains("24").contains("00.30");
    }

    @Test
    void another_configured_zone_is_used_everywhere() {
        var clock = new Application().clock("America/Nuuk");

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("America/Nuuk"));
        assertThat(Formats.zone()).isEqualTo(ZoneId.of("America/Nuuk"));
    }
}
