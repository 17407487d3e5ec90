package dk.sambo.portal.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.persistence.PostgresAvailable;

/**
 * The PostgreSQL cluster channel between two "nodes" (two channels, each with its own listening connection) on the
 * test database: a message reaches the other node only when its transaction commits, this node's receivers once,
 * and a node whose listening connection is cut runs its re-checks when it listens again.
 */
@ExtendWith(PostgresAvailable.class)
class PostgresClusterChannelTest {

    private DriverManagerDataSource dataSource;
    private TransactionTemplate transactions;
    private PostgresClusterChannel a;
    private PostgresClusterChannel b;

    @BeforeEach
    void twoNodes() {
        dataSource = new DriverManagerDataSource(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        a = channel("test-node-a");
        b = channel("test-node-b");
        await().atMost(Duration.ofSeconds(10)).until(() -> a.listening() && b.listening());
    }

    @AfterEach
    void stop() {
        a.stop();
        b.stop();
    }

    private PostgresClusterChannel channel(String name) {
        var channel = new PostgresClusterChannel(dataSource, PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD, new NodeIdentity(name, "0"), Duration.ofMillis(300), Clock.systemUTC());
        channel.start();
        return channel;
    }

    @Test
    void a_committed_message_reaches_the_other_node_and_this_nodes_receivers_exactly_once() {
        List<String> onA = new CopyOnWriteArrayList<>();
        List<String> onB = new CopyOnWriteArrayList<>();
        a.subscribe("t", onA::add);
        b.subscribe("t", onB::add);

        transactions.executeWithoutResult(status -> {
            a.publish("t", "42");
            assertThat(onA).as("not before the commit").isEmpty();
        });

        await().atMost(Duration.ofSeconds(2)).until(() -> onB.contains("42"));
        assertThat(onA).containsExactly("42");
        // The node's own NOTIFY comes back over LISTEN too; it must not ring twice.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> onA.size() == 1);
    }

    @Test
    void a_rolled_back_message_reaches_nobody() {
        List<String> onA = new CopyOnWriteArrayList<>();
        List<String> onB = new CopyOnWriteArrayList<>();
        a.subscribe("t", onA::add);
        b.subscribe("t", onB::add);

        transactions.executeWithoutResult(status -> {
            a.publish("t", "rolled-back");
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> a.publish("t", "after"));

        await().atMost(Duration.ofSeconds(2)).until(() -> onB.contains("after"));
        assertThat(onB).containsExactly("after");
        assertThat(onA).containsExactly("after");
    }

    @Test
    void a_node_whose_listening_connection_is_cut_reconnects_and_runs_its_rechecks() throws Exception {
        var rechecks = new AtomicInteger();
        b.onResync(rechecks::incrementAndGet);
        var missedSince = new AtomicReference<Instant>();
        b.onResyncSince(missedSince::set);
        var cut = Clock.systemUTC().instant();

        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var statement = connection.createStatement();
                var rows = statement.executeQuery("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where application_name = 'sambo-events test-node-b'")) {
            assertThat(rows.next()).isTrue();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> rechecks.get() == 1 && b.listening());
        List<String> onB = new CopyOnWriteArrayList<>();
        b.subscribe("t", onB::add);
        a.publish("t", "again");
        await().atMost(Duration.ofSeconds(2)).until(() -> onB.contains("again"));
        assertThat(rechecks.get()).isEqualTo(1);
        // What may have been missed is dated from the moment the cut was noticed: the bell re-reads from there.
        assertThat(missedSince.get()).isBetween(cut, Clock.systemUTC().instant());
    }
}
