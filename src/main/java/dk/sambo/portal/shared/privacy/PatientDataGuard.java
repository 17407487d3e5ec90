package dk.sambo.portal.shared.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps citizens' CPR numbers out of everything the portal stores. A CPR number is DDMMYY-SSSS, written with a
 * dash, a space or nothing between the parts. The first six digits must be a real date; the seventh digit tells
 * the century, so 29 February is checked against the right year. There is no modulus-11 check: numbers issued
 * since 2007 need not pass it. Digits that are part of a longer number (phone numbers with country code, case
 * numbers) do not count.
 */
public final class PatientDataGuard {

    // Dash variants people paste from Word and Outlook, and the no-break space. Between the parts: nothing, a
    // space, or a dash with or without spaces around it ("010203 - 1234"). The number may follow a letter or a
    // mark directly ("CPR-0102031234", "cpr.nr.0102031234"); it is not a CPR number when it continues a longer
    // number, also across a dash, slash or dot ("2024-0102031234", "24/0102031234", "1.0102031234").
    private static final Pattern CPR = Pattern.compile(
            "(?<!\\d)(?<!\\d[\\-‐‑–/.])(\\d{2})(\\d{2})(\\d{2})"
                    + "(?:[ \\u00A0]?[-‐‑–][ \\u00A0]?|[ \\u00A0])?"
                    + "(\\d)(\\d{3})(?!\\d)(?![\\-‐‑–/]\\d)");

    private PatientDataGuard() {
    }

    /** The first thing in the text that looks like a CPR number, if any. */
    public static Optional<Finding> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        var matcher = CPR.matcher(text);
        while (matcher.find()) {
            int day = Integer.parseInt(matcher.group(1));
            int month = Integer.parseInt(matcher.group(2));
            int yy = Integer.parseInt(matcher.group(3));
            int seventh = Integer.parseInt(matcher.group(4));
            if (isDate(day, month, fullYear(yy, seventh))) {
                return Optional.of(new Finding(matcher.group(), matcher.start(), matcher.end()));
            }
        }
        return Optional.empty();
    }

    /** Refuses text with a CPR number; {@code field} names the field for the message. */
    public static void check(String field, String text) {
        find(text).ifPresent(finding -> {
            throw new PatientDataException(field, finding);
        });
    }

    /** The century rule of the CPR register (seventh digit). */
    static int fullYear(int yy, int seventh) {
        if (seventh <= 3) {
            return 1900 + yy;
        }
        if (seventh == 4 || seventh == 9) {
            return yy <= 36 ? 2000 + yy : 1900 + yy;
        }
        return yy <= 57 ? 2000 + yy : 1800 + yy;
    }

    private static boolean isDate(int day, int month, int year) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Where the number stands, so the message can point at it. */
    public record Finding(String text, int start, int end) {

        /** The number with its last four digits hidden, safe to show back and to log. */
        public String masked() {
            return text.substring(0, text.length() - 4) + "••••";
        }
    }
}
