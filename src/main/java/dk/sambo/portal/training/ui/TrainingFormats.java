package dk.sambo.portal.training.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dk.sambo.portal.shared.ui.Formats;

/** Time ranges as people read them: "24. nov. 2026 09.00 – 12.00", the date once when it is the same day. */
final class TrainingFormats {

    private TrainingFormats() {
    }

    static String range(Instant start, Instant end, Locale locale) {
        var sameDay = LocalDate.ofInstant(start, Formats.zone()).equals(LocalDate.ofInstant(end, Formats.zone()));
        return Formats.dateTime(start, locale) + " – "
                + (sameDay ? end.atZone(Formats.zone()).format(time(locale)) : Formats.dateTime(end, locale));
    }

    /** The end time in the same localised style as the start's ("09.00 – 12.00", not "09.00 – 12:00"). */
    private static DateTimeFormatter time(Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }
}
