package dk.sambo.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.e2e.cluster.SearchOpenSearchNode;
import dk.sambo.portal.persistence.PostgresAvailable;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.search.QuestionSearch;
import dk.sambo.portal.qa.search.SearchCriteria;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.Moderation;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.qa.service.QuestionRow;

import kotlin.jvm.functions.Function0;

/**
 * The search shared by every node (issue 12): two whole portals A and B (each its own Spring application) on one
 * PostgreSQL and one OpenSearch 2.19 node, both in this JVM, coordinated by Hibernate Search's outbox-polling. A
 * question asked on A is found on B within 2 s; a redaction on B removes the text from A's results; and a third
 * node in a JVM of its own, killed with {@code kill -9} while it commits a stream of questions and while OpenSearch
 * refuses writes (so every committed question is still an unprocessed change in the outbox at the kill), leaves no
 * committed question unindexed once OpenSearch takes writes again and the surviving nodes have processed the
 * outbox. And an index change that OpenSearch
 * refused until Hibernate Search gave up on it is indexed once OpenSearch takes writes again. The kill comes last:
 * until the killed node's heartbeat has expired (3 s here) and the others have shared out its part of the outbox,
 * the changes that fall in that part wait, so a 2 s limit right after it would measure the take-over.
 */
@ExtendWith(PostgresAvailable.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
        // The cluster has formed once both event processors have agreed to share the outbox in two (they wait
        // for each other while a node joins), and a first question has gone through (first requests, JIT).
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> runningEventProcessors(2) == 2);
        var word = word();
        SearchClusterNodes.login(a, "hjemmehjaelper");
        long id = a.getBean(Asking.class).ask(new QuestionDraft("Opvarmning " + word, "Første spørgsmål " + word,
                "OTHER", List.of(), null, null));
        SearchClusterNodes.login(b, "sygeplejerske");
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .until(() -> ids(b.getBean(QuestionSearch.class).search(SearchCriteria.text(word), 0, 10))
                        .contains(id));
        AuthenticatedAs.logout();
    }

    /** The event processors that run with the outbox shared among {@code shards}. */
    private static long runningEventProcessors(int shards) throws Exception {
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var statement = connection.prepareStatement("select count(*) from "
                        + "hsearch_agent where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING' and state = 'RUNNING' "
                        + "and total_shard_count = ?")) {
            statement.setInt(1, shards);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
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
    @Order(1)
    void a_question_asked_on_a_is_found_on_b_within_two_seconds() {
        var word = word();
        SearchClusterNodes.login(a, "hjemmehjaelper");
        long id = a.getBean(Asking.class).ask(new QuestionDraft("Hvem tager sig af " + word
                + " efter udskrivningen?",
                "Natholdet ved ikke, hvem der ringer om " + word + ".", "OTHER", List.of(), null, null));

        SearchClusterNodes.login(b, "sygeplejerske");
        var searchOnB = b.getBean(QuestionSearch.class);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                .until(() -> ids(searchOnB.search(SearchCriteria.text(word), 0, 10)).contains(id));
        // The Danish analysis on OpenSearch: the stem finds the inflected form.
        assertThat(ids(searchOnB.search(SearchCriteria.text("udskrivning " + word), 0, 10))).contains(id);
    }

    @Test
    @Order(2)
    void a_redaction_on_b_removes_the_text_from_the_results_on_a() {
        var word = word();
        SearchClusterNodes.login(a, "hjemmehjaelper");
        long id = a.getBean(Asking.class).ask(new QuestionDraft("Medicinlisten for " + word + " var forkert",
                "Der stod " + word + " i den fælles medicinliste.", "OTHER", List.of(), null, null));
        var searchOnA = a.getBean(QuestionSearch.class);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                .until(() -> ids(searchOnA.search(SearchCriteria.text(word), 0, 10)).contains(id));

        SearchClusterNodes.login(b, "admin");
        b.getBean(Moderation.class).redact(PostType.QUESTION, id, "Personhenførbare oplysninger");

        SearchClusterNodes.login(a, "admin");
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                .until(() -> !ids(searchOnA.search(SearchCriteria.text(word), 0, 10)).contains(id));
        SearchClusterNodes.login(a, "hjemmehjaelper");
        assertThat(ids(searchOnA.search(SearchCriteria.text(word), 0, 10))).doesNotContain(id);
    }

    @Test
    @Order(4)
    void a_node_killed_while_it_commits_questions_leaves_none_of_them_unindexed() throws Exception {
        var dir = Files.createTempDirectory("sambo-search-cluster");
        int asked = 40;
        int done = 0;
        var indexedBefore = indexedIds(b);
        var storedBefore = storedIds();
        Set<Long> pendingAtKill;
        long outboxAtKill;
        try (var c = PortalProcess.start(dir, 1, SearchClusterNodes.processArguments())) {
            // Hold the indexing back: while OpenSearch refuses writes, every question committed stays a change in
            // the outbox that no node has processed. The kill then surely falls on pending work, C's share too.
            blockWrites(true);
            try {
                for (int i = 0; i < asked; i++) {
                    c.send("ask kill" + i);
                }
                // Kill it while the rest of the stream is still being written.
                for (; done < 20; done++) {
                    c.await("DONE ", Duration.ofMinutes(2));
                }
                c.kill();
                outboxAtKill = pendingOutboxEvents();
                pendingAtKill = new HashSet<>(storedIds());
                pendingAtKill.removeAll(storedBefore);
                done += (int) c.remainingAnswers().stream().filter(line -> line.startsWith("DONE ")).count();
                assertThat(indexedIds(b)).as("none of the questions committed before the kill was indexed yet")
                        .doesNotContainAnyElementsOf(pendingAtKill);
            } finally {
                blockWrites(false);
            }
        }
        assertThat(done).as("questions committed before the kill").isGreaterThanOrEqualTo(20);
        assertThat(pendingAtKill).as("committed, unindexed questions at the kill").hasSizeGreaterThanOrEqualTo(20);
        assertThat(outboxAtKill).as("outbox rows at the kill").isGreaterThanOrEqualTo(pendingAtKill.size());
        assertThat(indexedBefore).doesNotContainAnyElementsOf(pendingAtKill);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).pollInSameThread()
                .untilAsserted(() -> {
                    assertThat(indexedIds(b)).isEqualTo(storedIds());
                    assertThat(pendingOutboxEvents()).isZero();
                });
        var stored = storedIds();
        System.out.printf("SearchClusterIT: %d of %d questions answered DONE before kill -9; %d committed and "
                + "unindexed (%d outbox rows) at the kill; %d questions in the database, all %d in the index, "
                + "outbox empty%n", done, asked, pendingAtKill.size(), outboxAtKill, stored.size(), stored.size());
    }

    @Test
    @Order(3)
    void an_index_change_opensearch_refused_until_it_was_aborted_is_searchable_once_opensearch_takes_writes_again()
            throws Exception {
        var word = word();
        blockWrites(true);
        try {
            SearchClusterNodes.login(a, "hjemmehjaelper");
            long id = a.getBean(Asking.class).ask(new QuestionDraft("Afvist indeksering af " + word,
                    "OpenSearch tog ikke imod " + word + ".", "OTHER", List.of(), null, null));
            // Hibernate Search gives up after three attempts (1 s apart here) and marks the change aborted.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> abortedOutboxEvents() > 0);
            blockWrites(false);
            SearchClusterNodes.login(b, "sygeplejerske");
            var searchOnB = b.getBean(QuestionSearch.class);
            // SearchOutboxRetry hands aborted changes back to the outbox (every 3 s here).
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                    .until(() -> ids(searchOnB.search(SearchCriteria.text(word), 0, 10)).contains(id));
            assertThat(abortedOutboxEvents()).isZero();
        } finally {
            blockWrites(false);
        }
    }

    @Test
    @Order(5)
    void a_node_started_while_opensearch_does_not_answer_refuses_to_start() throws Exception {
        String nobody;
        try (var closed = new TcpRelay("127.0.0.1", 9)) {
            nobody = closed.address();
        }
        var started = System.nanoTime();
        assertThatThrownBy(() -> cluster.start(Map.of("portal.search.opensearch.hosts", nobody)))
                .as("start against %s, where nothing listens", nobody).isInstanceOf(Exception.class)
                // Hibernate Search's bootstrap asks the cluster for its version and is refused.
                .hasStackTraceContaining("HSEARCH000520").hasStackTraceContaining("Connection refused");
        System.out.printf("SearchClusterIT: a node without OpenSearch refused to start after %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    @Order(6)
    @SuppressWarnings({"unchecked", "rawtypes"})
    void while_opensearch_does_not_answer_searching_fails_and_the_question_list_shows_the_error_page()
            throws Exception {
        var openSearch = SearchOpenSearchNode.get().host().split(":");
        var relay = new TcpRelay(openSearch[0], Integer.parseInt(openSearch[1]));
        var d = cluster.start(Map.of("portal.search.opensearch.hosts", relay.address()));
        try {
            SearchClusterNodes.login(d, "sygeplejerske");
            var search = d.getBean(QuestionSearch.class);
            assertThat(search.count(SearchCriteria.all())).as("searching through the relay").isPositive();

            relay.close();

            assertThatThrownBy(() -> search.search(SearchCriteria.text("udskrivning"), 0, 10))
                    .isInstanceOf(RuntimeException.class);
            // The views are package-private: Karibu's discovery does not find them, as KaribuTest explains.
            var routes = new Routes();
            routes.getRoutes().add((Class) Class.forName("dk.sambo.portal.qa.ui.QuestionListView"));
            routes.getErrorRoutes().add((Class) Class.forName("dk.sambo.portal.home.ErrorView"));
            Function0<UI> uiFactory = MockedUI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(routes, d, uiFactory));
            try {
                VaadinSession.getCurrent().setLocale(Locale.of("da"));
                UI.getCurrent().setLocale(Locale.of("da"));
                karibuLogin(d, "sygeplejerske");
                UI.getCurrent().navigate("spoergsmaal");
                MockVaadin.clientRoundtrip(false);
                var view = UI.getCurrent().getCurrentView();
                assertThat(view.getClass().getSimpleName()).isEqualTo("ErrorView");
                assertThat(view.getElement().getTextRecursively()).contains("Der skete en fejl");
            } finally {
                MockVaadin.tearDown();
            }
        } finally {
            relay.close();
            d.close();
        }
    }

    /** Logs the Karibu request in as {@code username} on {@code node}, as {@code KaribuTest.login} does. */
    private static void karibuLogin(ConfigurableApplicationContext node, String username) {
        SearchClusterNodes.login(node, username);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var roles = authentication.getAuthorities().stream().map(a -> a.getAuthority().substring(5)).toList();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    /** Makes the question index refuse writes (OpenSearch's write block), or take them again. */
    private static void blockWrites(boolean block) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://" + SearchOpenSearchNode.get().host()
                    + "/question-write/_settings")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"index.blocks.write\": " + block + "}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
    }

    private static long abortedOutboxEvents() throws Exception {
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select count(*) from hsearch_outbox_event where status = 'ABORTED'")) {
            rows.next();
            return rows.getLong(1);
        }
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

    /** Every question node {@code node}'s search finds, read as the administrator (who may see them all). */
    private static Set<Long> indexedIds(ConfigurableApplicationContext node) {
        SearchClusterNodes.login(node, "admin");
        return new HashSet<>(ids(node.getBean(QuestionSearch.class).search(SearchCriteria.all(), 0, 10_000)));
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
