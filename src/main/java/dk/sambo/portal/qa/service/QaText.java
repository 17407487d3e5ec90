package dk.sambo.portal.qa.service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataGuard;
import dk.sambo.portal.shared.text.StoredText;

/**
 * Free text as the portal stores and shows it: plain text with line breaks, no control characters, checked for
 * CPR numbers before anything is stored; search highlights turned into safe HTML.
 */
public final class QaText {

    /** Marks the highlighter puts around matched words; never part of stored text (control characters). */
    public static final String MARK_START = "\u0002";
    public static final String MARK_END = "\u0003";

    private static final Pattern TAG_CHARS = Pattern.compile("[^\\p{L}\\p{N}\\-]+");

    private QaText() {
    }

    /**
     * Trimmed, with what every stored text loses anyway ({@link StoredText}: control characters, bidirectional
     * overrides, {@code \r}) and the list separator removed, so lengths are checked and texts compared as stored.
     */
    public static String clean(@Nullable String text) {
        return text == null ? "" : StoredText.part(text).strip();
    }

    /** A single line: line breaks become spaces. */
    public static String cleanLine(@Nullable String text) {
        return clean(text).replace('\n', ' ').replace('\t', ' ').replaceAll(" {2,}", " ");
    }

    /**
     * Checks a required or optional free text and returns it cleaned. Lengths and emptiness give a
     * {@link RuleViolation} with the field and a translation key; a CPR number gives the guard's exception.
     */
    public static String require(String fieldKey, @Nullable String text, int max, boolean required) {
        var problems = RuleViolation.collect();
        var cleaned = check(problems, fieldKey, text, max, required);
        problems.throwIfAny();
        return cleaned;
    }

    /**
     * As {@link #require}, but a broken length or emptiness rule is added to {@code problems}, so a form is
     * refused once with all its broken rules. A text with a broken rule is not searched for CPR numbers yet.
     */
    public static String check(RuleViolation.Collector problems, String fieldKey, @Nullable String text, int max,
            boolean required) {
        var cleaned = fieldKey.endsWith("title") ? cleanLine(text) : clean(text);
        var name = fieldKey.substring(fieldKey.lastIndexOf('.') + 1);
        boolean missing = required && cleaned.isEmpty();
        boolean tooLong = cleaned.length() > max;
        problems.when(missing, fieldKey, "qa.error.required." + name);
        problems.when(tooLong, fieldKey, "qa.error.too-long." + name);
        if (!missing && !tooLong) {
            PatientDataGuard.check(fieldKey, cleaned);
        }
        return cleaned;
    }

    /** Tags as stored: lower case, letters, digits and dashes, at most 40 characters, at most 8, no repeats. */
    public static List<String> tags(Collection<String> raw) {
        var problems = RuleViolation.collect();
        var tags = tags(problems, raw);
        problems.throwIfAny();
        return tags;
    }

    /** As {@link #tags(Collection)}, but too many tags is added to {@code problems}. */
    public static List<String> tags(RuleViolation.Collector problems, Collection<String> raw) {
        var tags = new LinkedHashSet<String>();
        for (var tag : raw) {
            var t = normaliseTag(tag);
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        if (tags.size() > QuestionDraft.TAGS_MAX) {
            problems.add("qa.field.tags", "qa.error.too-many-tags");
            return List.copyOf(tags);
        }
        for (var t : tags) {
            PatientDataGuard.check("qa.field.tags", t);
        }
        return List.copyOf(tags);
    }

    public static String normaliseTag(@Nullable String tag) {
        var t = TAG_CHARS.matcher(cleanLine(tag).toLowerCase(Locale.ROOT).replace(' ', '-')).replaceAll("");
        t = t.replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return t.length() > QuestionDraft.TAG_MAX ? t.substring(0, QuestionDraft.TAG_MAX) : t;
    }

    public static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A highlighted fragment as safe HTML: everything escaped, then the marks become {@code <mark>}. */
    public static String highlightHtml(String fragment) {
        return escape(fragment).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }

    /** The start of a text, cut at a word, for lists without a search. */
    public static String excerpt(String text, int max) {
        var oneLine = text.replace('\n', ' ').replaceAll(" {2,}", " ").strip();
        if (oneLine.length() <= max) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', max);
        return oneLine.substring(0, cut > max / 2 ? cut : max) + " …";
    }
}
