package dk.sambo.portal.shared.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cluster channel on PostgreSQL's {@code LISTEN/NOTIFY}: a message is {@code pg_notify} in the sender's own
 * transaction (PostgreSQL delivers it only when that commits), and every node listens on a connection of its own,
 * outside the pool, reading with {@link PGConnection#getNotifications(int)}. When that connection drops, messages
 * sent meanwhile are lost: the node reconnects with a growing pause (from {@code reconnectDelay} up to 30 s) and
 * then runs the re-checks ({@link #onResync}).
 */
final class PostgresClusterChannel extends LocalSubscribers implements SmartLifecycle {

    static final String CHANNEL = "sambo_portal_events";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresClusterChannel.class);
    private static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final String url;
    private final Properties connectionProperties = new Properties();
    private final NodeIdentity node;
    private final Duration reconnectDelay;
    private final Clock clock;
    private final ExecutorService dispatch = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("cluster-channel-dispatch").daemon().factory());
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private volatile Instant lostAt = Instant.EPOCH;
    private Thread listener;

    PostgresClusterChannel(DataSource dataSource, String url, String user, String password, NodeIdentity node,
            Duration reconnectDelay, Clock clock) {
        this.clock = clock;
        this.jdbc = new JdbcTemplate(dataSource);
        this.url = url;
        this.node = node;
        this.reconnectDelay = reconnectDelay;
        connectionProperties.setProperty("user", user);
        connectionProperties.setProperty("password", password);
        // Lets an operator (and the reconnect test) find this node's listening connection in pg_stat_activity.
        connectionProperties.setProperty("ApplicationName", applicationName(node.name()));
        connectionProperties.setProperty("tcpKeepAlive", "true");
    }

    static String applicationName(String nodeName) {
        var name = "sambo-events " + nodeName;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    @Override
    void sendToOthers(String topic, String payload, boolean inTransaction) {
        // Inside a transaction JdbcTemplate uses the transaction's connection: NOTIFY then waits for its commit.
        jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, node.instance() + "|" + topic + "|" + payload);
    }

    @Override
    public String kind() {
        return "postgresql";
    }

    @Override
    public boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().name("cluster-channel-listener").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        closeQuietly(connection);
        if (listener != null) {
            listener.interrupt();
        }
        dispatch.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        var delay = reconnectDelay;
        boolean first = true;
        while (running) {
            try (var c = DriverManager.getConnection(url, connectionProperties)) {
                connection = c;
                c.setAutoCommit(true);
                try (var statement = c.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                delay = reconnectDelay;
                if (first) {
                    LOG.info("Cluster channel: node {} listens on PostgreSQL channel {}", node.name(), CHANNEL);
                } else {
                    LOG.info("Cluster channel: node {} listens again; re-checking what it may have missed",
                            node.name());
                    var since = lostAt;
                    dispatch.execute(() -> resync(since));
                }
                first = false;
                var pg = c.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (var n : notifications) {
                        receive(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening || first) {
                    lostAt = clock.instant(); // the first failure of this outage: messages may be missed from here
                }
                listening = false;
                if (!running) {
                    return;
                }
                LOG.warn("Cluster channel: node {} lost its PostgreSQL listening connection ({}); retrying in {}",
                        node.name(), e.getMessage(), delay);
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private void receive(String message) {
        var parts = message.split("\\|", 3);
        if (parts.length < 3 || parts[0].equals(node.instance())) {
            return; // this node's own message: its receivers had it right after the commit
        }
        dispatch.execute(() -> deliver(parts[1], parts[2]));
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
