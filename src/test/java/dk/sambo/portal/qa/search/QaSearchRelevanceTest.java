package dk.sambo.portal.qa.search;

import static dk.sambo.portal.qa.QaTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.qa.service.QuestionRow;

/**
 * Issue 14: does the search find what she means? Runs every {@link RelevanceCases relevance case} through the
 * question list's search and the ask form's similar-question lookup, as a nurse, over the demo questions; prints
 * precision@5, the share of the relevant questions found in the top 5 and the cases that pass, writes them to
 * {@code target/qa-relevance.txt}, and fails below the floor reached (see docs/benchmarks-qa.md).
 */
@PortalTest
class QaSearchRelevanceTest {

    /**
     * Cases whose top 5 must hold every relevant question (or five relevant ones), list search and ask form. Before
     * issue 14: 24 and 31 of 54; after it 53 of 54 in both were measured (the typo "iltbehandlig" was the one miss
     * before the unstemmed typo clause, which is meant to find it); the floor is the measured 53.
     */
    static final int LIST_FLOOR = 53;
    static final int SIMILAR_FLOOR = 53;

    @Autowired
    UserDetailsService users;
    @Autowired
    QuestionSearch search;
    @Autowired
    QuestionRepository questions;

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    record Score(int cases, int passed, double precisionAt5, double idealPrecisionAt5, double foundAt5,
            List<String> failures) {
    }

    @Test
    void the_search_finds_what_she_means() throws IOException {
        var titles = questions.findAll().stream().map(Question::getTitle).toList();
        for (var c : RelevanceCases.ALL) {
            assertThat(titles).as("a title of the case %s exists", c.query()).containsAll(c.titles());
        }
        assertThat(RelevanceCases.ALL).hasSizeGreaterThanOrEqualTo(40);
        as(users, "sygeplejerske");

        var list = score(titles, q -> search.search(SearchCriteria.text(q), 0, 5).stream()
                .map(QuestionRow::title).toList());
        var similar = score(titles, q -> search.similar(q, 5).stream().map(SimilarQuestion::title).toList());

        var report = new StringBuilder();
        report.append(line("list search (first 5 results)", list));
        report.append(line("ask form, similar questions (5)", similar));
        report.append("list search, cases that fail:\n");
        list.failures().forEach(f -> report.append("  ").append(f).append('\n'));
        report.append("ask form, cases that fail:\n");
        similar.failures().forEach(f -> report.append("  ").append(f).append('\n'));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/qa-relevance.txt"), report);

        assertThat(list.passed()).as("list search cases passed").isGreaterThanOrEqualTo(LIST_FLOOR);
        assertThat(similar.passed()).as("ask form cases passed").isGreaterThanOrEqualTo(SIMILAR_FLOOR);
    }

    private static String line(String what, Score s) {
        return String.format(Locale.ROOT, "%-34s %d queries: precision@5 %.3f (at best %.3f), relevant found in top 5 "
                + "%.3f, cases passed %d/%d%n", what, s.cases(), s.precisionAt5(), s.idealPrecisionAt5(),
                s.foundAt5(), s.passed(), s.cases());
    }

    private static Score score(List<String> corpus, Function<String, List<String>> top5) {
        int passed = 0;
        double precision = 0;
        double found = 0;
        double ideal = 0;
        var failures = new ArrayList<String>();
        for (var c : RelevanceCases.ALL) {
            var relevant = c.relevant();
            long possible = Math.min(5, corpus.stream().filter(relevant).count());
            var results = top5.apply(c.query());
            long hits = results.stream().limit(5).filter(relevant).count();
            precision += hits / 5.0;
            ideal += possible / 5.0;
            found += (double) hits / possible;
            if (hits == possible) {
                passed++;
            } else {
                failures.add(String.format(Locale.ROOT, "[%s] %s: %d of %d; got %s", c.kind(), c.query(), hits,
                        possible, results));
            }
        }
        int n = RelevanceCases.ALL.size();
        return new Score(n, passed, precision / n, ideal / n, found / n, failures);
    }
}
