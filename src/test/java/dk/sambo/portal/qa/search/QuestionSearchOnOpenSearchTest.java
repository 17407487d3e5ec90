package dk.sambo.portal.qa.search;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.sambo.portal.PortalTest;
import dk.sambo.portal.e2e.cluster.SearchOpenSearchNode;

/**
 * Every search test of {@link QuestionSearchTest} (Danish stems, æ/ø/å kept, highlighting, filters, similar
 * questions with the prefix of the last typed word, hidden and redacted text) on the OpenSearch backend, against
 * a real OpenSearch 2.19 node in this JVM. Without the outbox, so a search sees a change right after its commit as
 * the inherited tests expect, and on an in-memory database of its own; the outbox and two nodes are proven by
 * {@code SearchClusterIT}.
 */
@PortalTest
class QuestionSearchOnOpenSearchTest extends QuestionSearchTest {

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        SearchOpenSearchNode.get().portalProperties(false).forEach((key, value) -> registry.add(key, () -> value));
        // A database of its own: on the shared one of @PortalTest, the other context's index would not know this
        // context's questions, and its healing at start would rebuild it under the running tests.
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:mem:sambo-test-opensearch;hsqldb.tx=mvcc");
    }
}
