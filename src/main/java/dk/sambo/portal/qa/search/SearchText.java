package dk.sambo.portal.qa.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search as the query side reads it (issue 14): the words of the text in the index's own terms (aa/ae/oe read as
 * å/æ/ø, stop words left out, stemmed), where words or phrases of the synonym list are recognised as one unit with
 * their alternatives, and the longer single words may also be found with a typo.
 */
record SearchText(List<Unit> units) {

    /** Words with at least this many characters may be found with one typo. */
    static final int FUZZY_MIN_LENGTH = 5;
    /** Words with at least this many characters may be found with two typos. */
    static final int FUZZY_TWO_EDITS_LENGTH = 8;

    /**
     * A word of the search (or a phrase of the synonym list), as typed; the other words and phrases of its synonym
     * group; and how many typos it may carry (0: none).
     */
    record Unit(String text, List<String> alternatives, int maxEdits) {
    }

    static SearchText of(String text, Synonyms synonyms) {
        var tokens = DanishAnalysis.tokens(text);
        var units = new ArrayList<Unit>();
        int i = 0;
        while (i < tokens.size()) {
            var match = synonyms.longestAt(tokens, i);
            if (match != null) {
                int end = i + match.length();
                units.add(new Unit(text.substring(tokens.get(i).start(), tokens.get(end - 1).end()),
                        match.alternatives(), 0));
                i = end;
                continue;
            }
            var token = tokens.get(i);
            var word = text.substring(token.start(), token.end());
            units.add(new Unit(word, List.of(), maxEdits(word)));
            i++;
        }
        return new SearchText(List.copyOf(units));
    }

    /** Edit distance 1 from five characters, 2 from eight; none for shorter words or numbers. */
    static int maxEdits(String word) {
        if (word.length() < FUZZY_MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        return word.length() >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
    }

    boolean isEmpty() {
        return units.isEmpty();
    }
}
