package dk.sambo.portal.qa.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The synonym list as the query side uses it: each group's words and phrases with their terms as the index holds
 * them, so "udskrivelsen" is recognised as "udskrivelse" and "faelles medicinkort" as "Fælles Medicinkort".
 */
final class Synonyms {

    static final Synonyms NONE = new Synonyms(List.of());

    /** A word or phrase of a group, as typed in the list, and its terms. */
    record Entry(String text, List<String> terms) {
    }

    /** Where a group's entry matched the search: how many of its words, and the group's other entries. */
    record Match(int length, List<String> alternatives) {
    }

    private final List<List<Entry>> groups;

    private Synonyms(List<List<Entry>> groups) {
        this.groups = groups;
    }

    /** From the stored groups, each a comma-separated list. */
    static Synonyms of(List<String> storedGroups) {
        var groups = new ArrayList<List<Entry>>();
        for (var stored : storedGroups) {
            var entries = split(stored).stream().map(t -> new Entry(t, DanishAnalysis.terms(t)))
                    .filter(e -> !e.terms().isEmpty()).toList();
            if (entries.size() > 1) {
                groups.add(entries);
            }
        }
        return new Synonyms(List.copyOf(groups));
    }

    /** The words and phrases of a stored group, trimmed, empty ones left out. */
    static List<String> split(String stored) {
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    int size() {
        return groups.size();
    }

    /** The longest entry of any group whose terms stand in the search from token {@code from} on, if any. */
    @Nullable Match longestAt(List<DanishAnalysis.Token> tokens, int from) {
        Match best = null;
        for (var group : groups) {
            for (var entry : group) {
                var terms = entry.terms();
                if (from + terms.size() > tokens.size() || (best != null && terms.size() <= best.length())) {
                    continue;
                }
                boolean matches = true;
                for (int k = 0; k < terms.size() && matches; k++) {
                    matches = terms.get(k).equals(tokens.get(from + k).term());
                }
                if (matches) {
                    var others = group.stream().filter(e -> !e.terms().equals(terms)).map(Entry::text).toList();
                    best = new Match(terms.size(), others);
                }
            }
        }
        return best;
    }
}
