package dk.sambo.portal.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a free loopback port to {@code host:port}: a test points a node at it and {@link #close}s it to
 * make the service behind it unreachable for that node only (the connections break, new ones are refused), while
 * other nodes keep using the service directly.
 */
public final class TcpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    public TcpRelay(String targetHost, int targetPort) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("tcp-relay-accept").start(() -> {
            while (!server.isClosed()) {
                try {
                    var client = server.accept();
                    var target = new Socket();
                    target.connect(new InetSocketAddress(targetHost, targetPort), 5000);
                    sockets.add(client);
                    sockets.add(target);
                    pump(client, target);
                    pump(target, client);
                } catch (IOException closed) {
                    // closed: the relay is down
                }
            }
        });
    }

    /** {@code 127.0.0.1:port} of the relay. */
    public String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    private void pump(Socket from, Socket to) {
        Thread.ofVirtual().name("tcp-relay-pump").start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException broken) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    @Override
    public void close() {
        closeQuietly(server);
        sockets.forEach(TcpRelay::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}
