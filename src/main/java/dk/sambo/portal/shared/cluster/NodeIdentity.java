package dk.sambo.portal.shared.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who this node is: {@code portal.node-name} when configured, otherwise host name and port ({@code host:8080}), so
 * two nodes on one host differ too. The name goes into ShedLock's {@code locked_by}, the job log lines and the
 * health answer. {@link #instance()} is new at every start and tells this JVM's own cluster messages apart.
 */
@Component
public class NodeIdentity {

    private final String name;
    private final String instance = UUID.randomUUID().toString();

    NodeIdentity(@Value("${portal.node-name:}") String configured, @Value("${server.port:8080}") String port) {
        this.name = configured.isBlank() ? hostName() + ":" + port : configured.strip();
    }

    public String name() {
        return name;
    }

    public String instance() {
        return instance;
    }

    private static String hostName() {
        var env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
