package dk.sambo.portal.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as people in Denmark read them, in the portal's time zone. */
public final class Formats {

    /** The portal's time zone ({@code portal.time-zone}). */
    public static ZoneId zone() {
        return dk.sambo.portal.shared.PortalTimeZone.get();
    }

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public static String dateTime(Instant instant, Locale locale) {
        return dateTime(LocalDateTime.ofInstant(instant, zone()), locale);
    }

    public static String dateTime(LocalDateTime time, Locale locale) {
        return time.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale));
    }
}
