package dk.sambo.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.persistence.PostgresAvailable;
import dk.sambo.portal.qa.Moderation;
import dk.sambo.portal.qa.PostType;
import dk.sambo.portal.qa.QuestionDraft;
import dk.sambo.portal.qa.QuestionRow;
import dk.sambo.portal.qa.QuestionSearch;
import dk.sambo.portal.qa.Questions;
import dk.sambo.portal.qa.SearchCriteria;

/**
 * The search shared by every node (issue 12): two whole portals A and B (each its own Spring application) on one
 * PostgreSQL and one OpenSearch 2.19 node, both in this JVM, coordinated by Hibernate Search's outbox-polling. A
 * question asked on A is found on B within 2 s; a redaction on B removes the text from A's results; and a third
 * node in a JVM of its own, killed with {@code kill -9} while it commits a stream of questions, leaves no committed
 * question unindexed once the surviving nodes have processed the outbox.
 */
@ExtendWith(PostgresAvailable.class)
class SearchClusterIT {

    private static SearchClusterNodes cluster;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        SearchClusterNodes.emptyDatabase();
        cluster = new SearchClusterNodes();
        a = cluster.start();
        b = cluster.start();
    }

    @AfterAll
    static void stopNodes() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    @Test
    void a_question_asked_on_a_is_found_on_b_within_two_seconds() {
        var word = word();
        AuthenticatedAs.login(a.getBean(UserDetailsService.class), "hjemmehjaelper");
        long id = a.getBean(Questions.class).ask(new QuestionDraft("Hvem tager sig af " + word + " efter udskrivningen?",
                "Natholdet ved ikke, hvem der ringer om " + word + ".", "OTHER", List.of(), null, null));

        AuthenticatedAs.login(b.getBean(UserDetailsService.class), "sygeplejerske");
        var searchOnB = b.getBean(QuestionSearch.class);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                .until(() -> ids(searchOnB.search(SearchCriteria.text(word), 0, 10)).contains(id));
        // The Danish analysis on OpenSearch: the stem finds the inflected form.
        assertThat(ids(searchOnB.search(SearchCriteria.text("udskrivning " + word), 0, 10))).contains(id);
    }

    @Test
    void a_redaction_on_b_removes_the_text_from_the_results_on_a() {
        var word = word();
        var usersA = a.getBean(UserDetailsService.class);
        AuthenticatedAs.login(usersA, "hjemmehjaelper");
        long id = a.getBean(Questions.class).ask(new QuestionDraft("Medicinlisten for " + word + " var forkert",
                "Der stod " + word + " i den fælles medicinliste.", "OTHER", List.of(), null, null));
        var searchOnA = a.getBean(QuestionSearch.class);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                .until(() -> ids(searchOnA.search(SearchCriteria.text(word), 0, 10)).contains(id));

        AuthenticatedAs.login(b.getBean(UserDetailsService.class), "admin");
        b.getBean(Moderation.class).redact(PostType.QUESTION, id, "Personhenførbare oplysninger");

        AuthenticatedAs.login(usersA, "admin");
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                .until(() -> !ids(searchOnA.search(SearchCriteria.text(word), 0, 10)).contains(id));
        AuthenticatedAs.login(usersA, "hjemmehjaelper");
        assertThat(ids(searchOnA.search(SearchCriteria.text(word), 0, 10))).doesNotContain(id);
    }

    @Test
    void a_node_killed_while_it_commits_questions_leaves_none_of_them_unindexed() throws Exception {
        var dir = Files.createTempDirectory("sambo-search-cluster");
        int asked = 40;
        int done = 0;
        try (var c = PortalProcess.start(dir, 1, SearchClusterNodes.processArguments())) {
            for (int i = 0; i < asked; i++) {
                c.send("ask kill" + i);
            }
            // Kill it while the rest of the stream is still being written.
            for (; done < 5; done++) {
                c.await("DONE ", Duration.ofMinutes(2));
            }
            c.kill();
            done += c.remainingAnswers().stream().filter(line -> line.startsWith("DONE ")).count();
        }
        assertThat(done).as("questions committed before the kill").isGreaterThanOrEqualTo(5);

        var usersB = b.getBean(UserDetailsService.class);
        var searchOnB = b.getBean(QuestionSearch.class);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).pollInSameThread()
                .untilAsserted(() -> {
                    AuthenticatedAs.login(usersB, "admin");
                    assertThat(indexedIds(searchOnB)).isEqualTo(storedIds());
                    assertThat(pendingOutboxEvents()).isZero();
                });
        var stored = storedIds();
        System.out.printf("SearchClusterIT: %d of %d questions answered DONE before kill -9; %d questions in the "
                + "database, all %d in the index%n", done, asked, stored.size(), stored.size());
    }

    private static String word() {
        var letters = new StringBuilder("klynge");
        var random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static List<Long> ids(List<QuestionRow> rows) {
        return rows.stream().map(QuestionRow::id).toList();
    }

    private static Set<Long> indexedIds(QuestionSearch search) {
        return new HashSet<>(ids(search.search(SearchCriteria.all(), 0, 10_000)));
    }

    private static Set<Long> storedIds() throws Exception {
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var statement = connection.createStatement();
                var rows = statement.executeQuery("select id from question")) {
            var ids = new HashSet<Long>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }

    private static long pendingOutboxEvents() throws Exception {
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from hsearch_outbox_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
