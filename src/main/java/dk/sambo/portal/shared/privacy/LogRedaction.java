package dk.sambo.portal.shared.privacy;

import java.util.regex.Pattern;

/**
 * Secrets that must never reach a log file: the private calendar-feed address carries its token in the path
 * ({@code /ical/<token>.ics}), and an exception message can quote it (Vaadin's refusal of an unsafe link did).
 * Error handlers log {@link #redacted(Throwable)} instead of the exception itself: same classes and stack
 * frames, messages with the token replaced.
 */
public final class LogRedaction {

    private static final Pattern FEED_TOKEN = Pattern.compile("(/ical/)[^/\\s\"'.?#]+");

    private LogRedaction() {
    }

    /** The text with every calendar-feed token replaced by {@code ***}. */
    public static String redact(String text) {
        return text == null ? null : FEED_TOKEN.matcher(text).replaceAll("$1***");
    }

    /** A copy of the exception chain whose messages are redacted; the stack traces stay as they were. */
    public static Throwable redacted(Throwable error) {
        return copy(error, 0);
    }

    private static Throwable copy(Throwable error, int depth) {
        if (error == null || depth > 20) {
            return null;
        }
        var message = error.getClass().getName()
                + (error.getMessage() == null ? "" : ": " + redact(error.getMessage()));
        var copy = new RedactedException(message, copy(error.getCause() == error ? null : error.getCause(), depth + 1));
        copy.setStackTrace(error.getStackTrace());
        for (var suppressed : error.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, depth + 1));
        }
        return copy;
    }

    /** Stands in for the original exception in the log: its message names the original class. */
    static final class RedactedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
