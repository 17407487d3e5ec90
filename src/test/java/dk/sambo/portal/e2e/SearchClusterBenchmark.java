package dk.sambo.portal.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.persistence.PostgresAvailable;
import dk.sambo.portal.qa.search.QuestionSearch;
import dk.sambo.portal.qa.search.SearchCriteria;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.qa.service.QuestionRow;

/**
 * The search-cluster benchmark (docs/benchmarks-search-cluster.md): two portal nodes A and B in this JVM on one
 * PostgreSQL and one in-process OpenSearch 2.19, coordinated by Hibernate Search's outbox. It prints (1) questions
 * per second indexed through the outbox: a burst of questions asked on A from several threads, timed until B's
 * search finds them all, and (2) the delay from commit on A to searchable on B, p50/p95/max over single questions
 * asked one at a time. It asserts nothing and is not part of {@code ./mvnw verify} (the name does not end in Test
 * or IT). Run it with
 * {@code PORTAL_TEST_PG_URL=... ./mvnw test -Dtest=SearchClusterBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.burst=2000 -Dbenchmark.threads=4 -Dbenchmark.samples=100} to change the sizes).
 */
@ExtendWith(PostgresAvailable.class)
class SearchClusterBenchmark {

    private static final int BURST = Integer.getInteger("benchmark.burst", 1000);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    private static final int SAMPLES = Integer.getInteger("benchmark.samples", 100);

    @Test
    void questions_indexed_through_the_outbox_and_delay_from_commit_to_searchable_on_the_other_node()
            throws Exception {
        SearchClusterNodes.emptyDatabase();
        try (var cluster = new SearchClusterNodes()) {
            var a = cluster.start();
            var b = cluster.start();
            var askingA = a.getBean(Asking.class);
            var searchB = b.getBean(QuestionSearch.class);
            // Warm-up: the first searches and commits load classes and fill caches.
            for (int i = 0; i < 20; i++) {
                ask(a, askingA, "opvarmning" + i);
            }
            SearchClusterNodes.login(b, "admin");
            waitUntilFound(searchB, "opvarmning*", 20, Duration.ofMinutes(2));

            // (1) Throughput: a burst asked on A, until B finds all of it.
            long start = System.nanoTime();
            try (var pool = Executors.newFixedThreadPool(THREADS)) {
                var futures = new ArrayList<Future<?>>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        for (int i = thread; i < BURST; i += THREADS) {
                            ask(a, askingA, "byge" + i);
                        }
                        AuthenticatedAs.logout();
                        return null;
                    }));
                }
                for (var future : futures) {
                    future.get();
                }
            }
            long committed = System.nanoTime();
            SearchClusterNodes.login(b, "admin");
            // Every question carries "bygeord": the 20 of the warm-up, all found already, and the burst's.
            waitUntilFound(searchB, "bygeord", 20 + BURST, Duration.ofMinutes(10));
            long searchable = System.nanoTime();
            double commitSeconds = (committed - start) / 1e9;
            double allSeconds = (searchable - start) / 1e9;

            // (2) Delay: one question at a time, from the commit on A to the first search on B that finds it.
            var delays = new ArrayList<Double>();
            for (int i = 0; i < SAMPLES; i++) {
                var word = "forsinkelse" + i + "x";
                long id = ask(a, askingA, word);
                long askedAt = System.nanoTime();
                SearchClusterNodes.login(b, "admin");
                while (!searchB.search(SearchCriteria.text(word), 0, 5).stream().map(QuestionRow::id).toList()
                        .contains(id)) {
                    Thread.sleep(5);
                }
                delays.add((System.nanoTime() - askedAt) / 1e6);
            }
            delays.sort(null);
            System.out.println("=== SearchClusterBenchmark: 2 nodes, PostgreSQL, OpenSearch 2.19.6 in-process, "
                    + "outbox-polling");
            System.out.printf(Locale.ROOT, "burst of %d questions on A from %d threads: committed in %.1f s "
                    + "(%.0f questions/s), all searchable on B after %.1f s: %.0f questions/s indexed through the "
                    + "outbox%n", BURST, THREADS, commitSeconds, BURST / commitSeconds, allSeconds, BURST / allSeconds);
            System.out.printf(Locale.ROOT, "delay from commit on A to searchable on B over %d questions: p50 %.0f ms, "
                    + "p95 %.0f ms, max %.0f ms%n", SAMPLES, percentile(delays, 50), percentile(delays, 95),
                    delays.getLast());
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private static long ask(ConfigurableApplicationContext node, Asking asking, String word) {
        SearchClusterNodes.login(node, "hjemmehjaelper");
        // "bygeord" in every question, so one search counts them.
        return asking.ask(new QuestionDraft("Måling " + word + " af søgningen på flere noder",
                "Spørgsmålet " + word + " bygeord er stillet af benchmarken.", "OTHER", List.of(), null, null));
    }

    private static void waitUntilFound(QuestionSearch search, String text, long expected, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (search.count(SearchCriteria.text(text)) < expected) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("B found " + search.count(SearchCriteria.text(text)) + " of "
                        + expected + " within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
