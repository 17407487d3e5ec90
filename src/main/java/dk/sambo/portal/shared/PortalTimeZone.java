package dk.sambo.portal.shared;

import java.time.ZoneId;

/**
 * The portal's one time zone, {@code portal.time-zone} (default {@value #DEFAULT}). The clock bean carries it, so
 * {@code LocalDate.now(clock)} is the Danish "today" whatever the server's own zone is; code that turns an instant
 * into a date or time of day without a clock at hand ({@code Formats}, the calendar widget, iCal files) asks here.
 * Set once at start-up from the configuration by the clock bean ({@code Application.clock}).
 */
public final class PortalTimeZone {

    public static final String PROPERTY = "portal.time-zone";
    public static final String DEFAULT = "Europe/Copenhagen";
    /** For annotations such as {@code @Scheduled(zone = ...)}. */
    public static final String PLACEHOLDER = "${" + PROPERTY + ":" + DEFAULT + "}";

    private static volatile ZoneId zone = ZoneId.of(DEFAULT);

    private PortalTimeZone() {
    }

    public static ZoneId get() {
        return zone;
    }

    /** Makes {@code configured} the portal's zone; called with the configured value at start-up. */
    public static ZoneId use(ZoneId configured) {
        zone = configured;
        return configured;
    }
}
