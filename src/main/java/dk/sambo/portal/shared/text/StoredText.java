package dk.sambo.portal.shared.text;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What free text may contain when it is stored: no NUL or other control characters except tab and line break
 * (a NUL reached the iCal feed), and no bidirectional overrides, embeddings or isolates (U+202E showed
 * "fdp.exe" as "exe.pdf"). Line breaks are made {@code \n}. Applied centrally to every String attribute of
 * every entity by {@link StoredTextListener}; features call {@link #clean} where they compare text before storing.
 */
public final class StoredText {

    /**
     * The unit separator U+001F, which the portal itself puts between the parts of a stored list (a notification's
     * parameters): kept when a stored value is cleaned, and removed from each part by {@link #part}.
     */
    public static final char UNIT_SEPARATOR = '\u001f';

    /**
     * C0 controls except tab, line feed and the unit separator, DEL, C1 controls; LRM/RLM/ALM, the bidi
     * embeddings and overrides U+202A-U+202E and the isolates U+2066-U+2069.
     */
    private static final Pattern FORBIDDEN = Pattern
            .compile("[\\x00-\\x08\\x0B-\\x1E\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    /** One part of a stored list: clean, and without the separator, so no part can split into two. */
    public static String part(String text) {
        return clean(text).replace(String.valueOf(UNIT_SEPARATOR), "");
    }

    private StoredText() {
    }

    /** The text without forbidden characters, line breaks as {@code \n}; null stays null. */
    public static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        var normalised = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return FORBIDDEN.matcher(normalised).replaceAll("");
    }

    /** Whether the text has anything {@link #clean} would remove or change. */
    public static boolean needsCleaning(@Nullable String text) {
        return text != null && (text.indexOf('\r') >= 0 || FORBIDDEN.matcher(text).find());
    }
}
