package dk.sambo.portal.shared.privacy;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps citizens' CPR numbers out of everything the portal stores. A CPR number is DDMMYY-SSSS. The first six
 * digits must be a real date; the seventh digit tells the century, so 29 February is checked against the right
 * year. There is no modulus-11 check: numbers issued since 2007 need not pass it. Digits that are part of a longer
 * number (phone numbers with country code, case numbers) do not count.
 *
 * <p>Before matching, the text is normalised so that the ways people disguise or mistype a number do not get
 * through: every Unicode decimal digit (full-width, Arabic-Indic, mathematical ...) becomes its ASCII digit, other
 * characters are folded with NFKC (full-width dashes and slashes, the no-break space), and the look-alike letters
 * O/o (zero) and l/I (one) count as digits inside a run of digits ({@code 01O285-1234}). Then these forms are
 * found:
 * <ul>
 * <li>{@code 010285-1234}, {@code 0102851234}, {@code 010285 1234}, {@code 010285 - 1234}, and with a dot, slash or
 * underscore between the parts: {@code 010285.1234}, {@code 010285/1234}, {@code 010285_1234};</li>
 * <li>the date written with the same separator between day, month and year: {@code 01.02.85-1234},
 * {@code 01-02-85-1234}, {@code 01 02 85 1234}, {@code 01.02.85.1234};</li>
 * <li>ten digits each set apart by one space: {@code 0 1 0 2 8 5 1 2 3 4}.</li>
 * </ul>
 * Positions in a {@link Finding} refer to the original text.
 */
public final class PatientDataGuard {

    private static final String DASH = "[\\-‐‑‒–—−]";
    /** Marks that join a longer number: a number continued by these and a digit is not a CPR number. */
    private static final String JOINER = "[\\-‐‑‒–—−/._]";
    private static final String BEFORE = "(?<!\\d)(?<!\\d" + JOINER + ")";
    private static final String AFTER = "(?!\\d)(?!" + JOINER + "\\d)";
    /** Between the date and the serial number: nothing, a space, a dash with or without spaces, . / _ */
    private static final String SERIAL_SEPARATOR = "(?: ?" + DASH + " ?| |[./_])?";

    // The number may follow a letter or a mark directly ("CPR-0102031234", "cpr.nr.0102031234"); it is not a
    // CPR number when it continues a longer number, also across a dash, slash or dot ("2024-0102031234",
    // "24/0102031234", "1.0102031234").
    private static final Pattern COMPACT = Pattern.compile(
            BEFORE + "(?<dd>\\d{2})(?<mm>\\d{2})(?<yy>\\d{2})" + SERIAL_SEPARATOR + "(?<s>\\d)\\d{3}" + AFTER);
    /** The date with one separator repeated between its parts: 01.02.85-1234, 01-02-85-1234, 01 02 85 1234. */
    private static final Pattern SEPARATED_DATE = Pattern.compile(
            BEFORE + "(?<dd>\\d{2})(?<sep>[. /\\-‐‑–])(?<mm>\\d{2})\\k<sep>(?<yy>\\d{2})" + SERIAL_SEPARATOR
                    + "(?<s>\\d)\\d{3}" + AFTER);
    /** Ten single digits with one space between each: 0 1 0 2 8 5 1 2 3 4. */
    private static final Pattern SPACED = Pattern.compile(
            "(?<!\\d)(?<!\\d )(?<dd>\\d \\d) (?<mm>\\d \\d) (?<yy>\\d \\d) (?<s>\\d) \\d \\d \\d(?! ?\\d)");
    private static final Pattern[] FORMS = {COMPACT, SEPARATED_DATE, SPACED};

    private PatientDataGuard() {
    }

    /** The first thing in the text that looks like a CPR number, if any. */
    public static Optional<Finding> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        var normal = Normalised.of(text);
        Finding first = null;
        for (var form : FORMS) {
            var matcher = form.matcher(normal.text);
            while (matcher.find()) {
                if (first != null && normal.originalStart(matcher.start()) >= first.start()) {
                    break;
                }
                if (isCprDate(matcher)) {
                    int start = normal.originalStart(matcher.start());
                    int end = normal.originalStart(matcher.end());
                    first = new Finding(text.substring(start, end), start, end);
                    break;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /** Whether the text holds something that looks like a CPR number. */
    public static boolean containsCpr(String text) {
        return find(text).isPresent();
    }

    /** Refuses text with a CPR number; {@code field} names the field for the message. */
    public static void check(String field, String text) {
        find(text).ifPresent(finding -> {
            throw new PatientDataException(field, finding);
        });
    }

    private static boolean isCprDate(Matcher matcher) {
        int day = twoDigits(matcher.group("dd"));
        int month = twoDigits(matcher.group("mm"));
        int yy = twoDigits(matcher.group("yy"));
        int seventh = matcher.group("s").charAt(0) - '0';
        return isDate(day, month, fullYear(yy, seventh));
    }

    private static int twoDigits(String digits) {
        var only = digits.replace(" ", "");
        return (only.charAt(0) - '0') * 10 + (only.charAt(1) - '0');
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

    /**
     * The text with one character per code point of the original: Unicode digits as ASCII digits, NFKC-folded
     * marks and spaces, look-alike letters inside digit runs as digits; and where each character came from.
     */
    private record Normalised(String text, int[] origin) {

        static Normalised of(String original) {
            var out = new StringBuilder(original.length());
            var origin = new int[original.length() + 1];
            int n = 0;
            for (int i = 0; i < original.length();) {
                int cp = original.codePointAt(i);
                out.append(fold(cp));
                origin[n++] = i;
                i += Character.charCount(cp);
            }
            origin[n] = original.length();
            lookAlikesAsDigits(out);
            return new Normalised(out.toString(), origin);
        }

        int originalStart(int normalisedIndex) {
            return origin[normalisedIndex];
        }

        private static char fold(int cp) {
            int digit = Character.digit(cp, 10);
            if (digit >= 0) {
                return (char) ('0' + digit);
            }
            if (Character.isSpaceChar(cp) || cp == '\t') {
                return ' ';
            }
            var folded = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
            if (folded.length() == 1) {
                return folded.charAt(0);
            }
            return Character.charCount(cp) == 1 ? (char) cp : '\uFFFD';
        }

        /**
         * O/o as 0 and l/I as 1, only in a run of digits and look-alikes that holds a digit: between its first
         * and last digit always ("01O285"), at its ends only where no other letter joins the run ("O10285", not
         * "Hotel10").
         */
        private static void lookAlikesAsDigits(StringBuilder s) {
            int i = 0;
            while (i < s.length()) {
                if (!isDigitOrLookAlike(s.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < s.length() && isDigitOrLookAlike(s.charAt(i))) {
                    i++;
                }
                int end = i;
                int firstDigit = -1;
                int lastDigit = -1;
                for (int k = start; k < end; k++) {
                    if (Character.isDigit(s.charAt(k))) {
                        if (firstDigit < 0) {
                            firstDigit = k;
                        }
                        lastDigit = k;
                    }
                }
                if (firstDigit < 0) {
                    continue;
                }
                boolean letterBefore = start > 0 && Character.isLetter(s.charAt(start - 1));
                boolean letterAfter = end < s.length() && Character.isLetter(s.charAt(end));
                int from = letterBefore ? firstDigit : start;
                int to = letterAfter ? lastDigit + 1 : end;
                for (int k = from; k < to; k++) {
                    char c = s.charAt(k);
                    if (c == 'O' || c == 'o') {
                        s.setCharAt(k, '0');
                    } else if (c == 'l' || c == 'I') {
                        s.setCharAt(k, '1');
                    }
                }
            }
        }

        private static boolean isDigitOrLookAlike(char c) {
            return (c >= '0' && c <= '9') || c == 'O' || c == 'o' || c == 'l' || c == 'I';
        }
    }

    /** Where the number stands, so the message can point at it. */
    public record Finding(String text, int start, int end) {

        /** The number with its last four digits hidden, safe to show back and to log. */
        public String masked() {
            var chars = text.toCharArray();
            int hidden = 0;
            var out = new StringBuilder();
            for (int i = chars.length - 1; i >= 0; i--) {
                char c = chars[i];
                if (hidden < 4 && (Character.isDigit(c) || Character.isLetter(c))) {
                    hidden++;
                    out.append('•');
                } else if (hidden < 4 && Character.isWhitespace(c)) {
                    continue;
                } else {
                    out.append(c);
                }
            }
            return out.reverse().toString();
        }
    }
}
