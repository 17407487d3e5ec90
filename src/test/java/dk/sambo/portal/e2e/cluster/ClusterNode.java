package dk.sambo.portal.e2e.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dk.sambo.portal.e2e.PortalProcess;

/**
 * One portal node as its own JVM for the two-node tests: a {@link PortalProcess} with the node name
 * {@code portal.node-name}, the {@link ClusterProbe} on standard input, its working folder {@code dir/<name>} and
 * its output in {@code dir/<name>.log}. {@link #kill} is {@code kill -9}; {@link #terminate} is SIGTERM, as a
 * service manager stops it.
 */
final class ClusterNode implements AutoCloseable {

    private final String name;
    private final PortalProcess process;

    private ClusterNode(String name, PortalProcess process) {
        this.name = name;
        this.process = process;
    }

    static ClusterNode start(Path dir, String name, List<String> arguments) throws IOException, InterruptedException {
        return new ClusterNode(name, PortalProcess.launch(new PortalProcess.Launch(dir.resolve(name),
                dir.resolve(name + ".log"), "640m", List.of("--portal.node-name=" + name,
                        "--portal.test.cluster-probe=true",
                        "--context.initializer.classes=" + ClusterProbe.OnlyClusterProbe.class.getName())),
                arguments));
    }

    String name() {
        return name;
    }

    int port() {
        return process.port();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    boolean alive() {
        return process.alive();
    }

    void send(String command) {
        process.send(command);
    }

    /** The next answer of the probe, which must start with {@code prefix}. */
    String await(String prefix, Duration timeout) throws InterruptedException {
        return process.await(prefix, timeout);
    }

    /** Sends a probe command and waits for its {@code DONE} answer; returns the words after the key. */
    String[] call(String command) throws InterruptedException {
        send(command);
        var words = await("DONE ", Duration.ofMinutes(3)).split(" ");
        return java.util.Arrays.copyOfRange(words, 2, words.length);
    }

    /** SIGKILL, as {@code kill -9}. */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** SIGTERM, as a service manager stops it (graceful shutdown). */
    void terminate() {
        process.terminate();
    }

    boolean waitForExit(Duration timeout) throws InterruptedException {
        return process.waitForExit(timeout);
    }

    /** What the node printed so far; all of it once the node has exited. */
    String logText() {
        return process.logText();
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }

    String tail() {
        return process.tail();
    }
}
