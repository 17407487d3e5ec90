package dk.sambo.portal.e2e.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real OpenSearch 2.19 node inside the test JVM (no Docker on the build machines): single-node discovery on
 * loopback, free ports, a temporary home, the plugins the portal's index needs (netty4 transport and HTTP, the
 * common analysis filters for the Danish stemmer and stop words, reindex for the mass indexer's
 * {@code _delete_by_query}). One node per JVM, started on first use (about 4 s quiet, 8-14 s on a loaded machine)
 * and closed when the JVM ends. Needs log4j-core and {@code log4j.provider} (pom.xml sets both for the tests).
 */
public final class SearchOpenSearchNode {

    /** The OpenSearch version of the node, as Hibernate Search's {@code backend.version} wants it. */
    public static final String VERSION = "opensearch:2.19";

    private static @Nullable SearchOpenSearchNode running;

    private final Node node;
    private final int httpPort;

    private SearchOpenSearchNode(Node node, int httpPort) {
        this.node = node;
        this.httpPort = httpPort;
    }

    /** The node of this JVM, started if it is not yet. */
    public static synchronized SearchOpenSearchNode get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    /** {@code 127.0.0.1:<port>} of the node's HTTP interface. */
    public String host() {
        return "127.0.0.1:" + httpPort;
    }

    /** The portal's settings for searching on this node ({@code portal.search.*}). */
    public Map<String, String> portalProperties(boolean outbox) {
        return Map.of("portal.search.backend", "opensearch", "portal.search.opensearch.hosts", host(),
                "portal.search.opensearch.version", VERSION, "portal.search.opensearch.outbox", String.valueOf(outbox));
    }

    private static SearchOpenSearchNode start() {
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
        try {
            var home = Files.createTempDirectory("sambo-opensearch");
            // Both ports at once: two probes one after the other can get the same port back (seen on CI: the
            // transport bound it first, then HTTP failed with "Address already in use").
            int[] ports = freePorts(2);
            int http = ports[0];
            int transport = ports[1];
            var settings = Settings.builder()
                    .put("cluster.name", "sambo-test-" + http)
                    .put("node.name", "sambo-test")
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("path.logs", home.resolve("logs").toString())
                    .put("discovery.type", "single-node")
                    .put("network.host", "127.0.0.1")
                    .put("http.port", http)
                    .put("transport.port", transport)
                    .put("http.type", "netty4")
                    .put("transport.type", "netty4")
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .build();
            var environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"),
                    () -> "sambo-test");
            var node = new TestNode(environment);
            node.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    node.close();
                } catch (IOException | RuntimeException e) {
                    // the JVM ends anyway
                }
            }, "opensearch-stop"));
            return new SearchOpenSearchNode(node, http);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NodeValidationException e) {
            throw new IllegalStateException("The test OpenSearch node did not start", e);
        }
    }

    private static int[] freePorts(int count) throws IOException {
        var sockets = new ServerSocket[count];
        try {
            var ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (var socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }

    private static final class TestNode extends Node {

        TestNode(org.opensearch.env.Environment environment) {
            super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class), true);
        }
    }

    @Override
    public String toString() {
        return "OpenSearch " + VERSION + " at " + host() + " (" + node.settings().get("path.home") + ")";
    }

}
