package dk.sambo.portal.qa.search;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The text part of the question searches (issue 14). In the list every word of the search must be found in the
 * title, tags, body or answers: as typed (the index's stems, aa/ae/oe as å/æ/ø), as a word or phrase of its synonym
 * group, or, for words of five letters or more, with one typo (two from eight letters). Typo matches weigh a
 * fraction of an exact one and synonyms a little less, so exact hits rank first. The ask form's lookup gets the same
 * typo and synonym clauses as "should" clauses beside its own.
 */
final class TextPredicates {

    /** Typo matches for at most this many words, so a long search stays far below Lucene's 1024-clause limit. */
    static final int FUZZY_WORDS_MAX = 3;
    /** Synonym alternatives used at most per search, for the same reason. */
    static final int ALTERNATIVES_MAX = 8;
    static final float FUZZY_BOOST = 0.2f;
    static final float SYNONYM_BOOST = 0.8f;
    /** Typo matches skip the first letter, as people rarely mistype it and it keeps the lookup fast. */
    static final int EXACT_PREFIX = 1;

    private TextPredicates() {
    }

    /** The list's predicate: all words, each as typed, as a synonym, or with a typo. */
    static SearchPredicate list(SearchPredicateFactory f, String raw, SearchText text) {
        if (text.isEmpty()) {
            // Only stop words: as before, the plain query (which finds nothing for them).
            return f.simpleQueryString().field("title").field("body").matching(raw)
                    .defaultOperator(BooleanOperator.AND).toPredicate();
        }
        var all = f.bool();
        int fuzzy = 0;
        int alternatives = 0;
        for (var unit : text.units()) {
            var any = f.bool().should(exact(f, unit.text(), 1f));
            if (unit.maxEdits() > 0 && fuzzy++ < FUZZY_WORDS_MAX) {
                any.should(f.match().field("title").boost(3f).field("tagText").boost(2f).field("body")
                        .matching(unit.text()).fuzzy(unit.maxEdits(), EXACT_PREFIX).boost(FUZZY_BOOST));
                any.should(unstemmed(f, unit, 2f, FUZZY_BOOST));
            }
            for (var alternative : unit.alternatives()) {
                if (alternatives++ < ALTERNATIVES_MAX) {
                    any.should(exact(f, alternative, SYNONYM_BOOST));
                }
            }
            all.must(any);
        }
        return all.toPredicate();
    }

    /** Adds the ask form's typo and synonym clauses for the title, tags and body to its "should" clauses. */
    static void similar(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, SearchText text) {
        int fuzzy = 0;
        int alternatives = 0;
        for (var unit : text.units()) {
            if (unit.maxEdits() > 0 && fuzzy++ < FUZZY_WORDS_MAX) {
                bool.should(f.match().field("title").boost(3f).field("tagText").boost(1.5f)
                        .matching(unit.text()).fuzzy(unit.maxEdits(), EXACT_PREFIX).boost(FUZZY_BOOST * 2));
                bool.should(unstemmed(f, unit, 1.5f, FUZZY_BOOST * 2));
            }
            for (var alternative : unit.alternatives()) {
                if (alternatives++ < ALTERNATIVES_MAX) {
                    bool.should(f.bool()
                            .should(phraseOrMatch(f, "title", alternative, 3f * SYNONYM_BOOST))
                            .should(phraseOrMatch(f, "tagText", alternative, 1.5f * SYNONYM_BOOST))
                            .should(phraseOrMatch(f, "body", alternative, 0.5f * SYNONYM_BOOST)));
                }
            }
        }
    }

    /**
     * The word with a typo, not stemmed, against the index's stems of the title and tags: the stemmer reads a
     * mistyped ending as another ending ("iltbehandlig" becomes "iltbehandl", three edits from "iltbehandling"),
     * while the word as typed is one edit away.
     */
    private static SearchPredicate unstemmed(SearchPredicateFactory f, SearchText.Unit unit, float tagBoost,
            float boost) {
        return f.match().field("title").boost(3f).field("tagText").boost(tagBoost)
                .matching(DanishAnalysis.transliterated(unit.text())).skipAnalysis()
                .fuzzy(unit.maxEdits(), EXACT_PREFIX).boost(boost).toPredicate();
    }

    /** A word or phrase as typed, in the title (weighing most), tags, body or answers. */
    private static SearchPredicate exact(SearchPredicateFactory f, String text, float boost) {
        if (DanishAnalysis.terms(text).size() > 1) {
            return f.phrase().field("title").boost(3f).field("tagText").boost(2f).field("body").field("answers")
                    .matching(text).boost(boost).toPredicate();
        }
        return f.match().field("title").boost(3f).field("tagText").boost(2f).field("body").field("answers")
                .matching(text).boost(boost).toPredicate();
    }

    private static SearchPredicate phraseOrMatch(SearchPredicateFactory f, String field, String text, float boost) {
        if (DanishAnalysis.terms(text).size() > 1) {
            return f.phrase().field(field).matching(text).boost(boost).toPredicate();
        }
        return f.match().field(field).matching(text).boost(boost).toPredicate();
    }
}
