package dk.sambo.portal.e2e.cluster;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import dk.sambo.portal.Application;

/**
 * One portal node as its own JVM for the two-node tests (the shape of {@code e2e.PortalProcess}): the test JVM's
 * classpath, the demo profile (local login), a free port, the node name {@code portal.node-name}, the
 * {@link ClusterProbe} on standard input. Its output goes to {@code dir/<name>.log}; probe answers to
 * {@link #await}. {@link #kill} is {@code kill -9}; {@link #terminate} is SIGTERM, as a service manager stops it.
 */
final class ClusterNode implements AutoCloseable {

    private static final Pattern ANSWER = Pattern.compile("^(PROBE READY|DONE |FAILED |SLOW STARTED).*");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final LinkedBlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ClusterNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.reader = Thread.ofPlatform().name("node-output-" + name).daemon().start(this::drain);
    }

    static ClusterNode start(Path dir, String name, List<String> arguments) throws IOException, InterruptedException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Xmx640m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Application.class.getName(), "--server.port=" + port, "--spring.profiles.active=demo",
                "--portal.node-name=" + name, "--portal.test.cluster-probe=true",
                "--context.initializer.classes=" + ClusterProbe.OnlyClusterProbe.class.getName(),
                "--vaadin.launch-browser=false", "--spring.jmx.enabled=false"));
        command.addAll(arguments);
        var nodeDir = Files.createDirectories(dir.resolve(name));
        var log = dir.resolve(name + ".log");
        var process = new ProcessBuilder(command).directory(nodeDir.toFile()).redirectErrorStream(true).start();
        var node = new ClusterNode(name, port, process, log);
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        node.await("PROBE READY", Duration.ofMinutes(8));
        return node;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    boolean alive() {
        return process.isAlive();
    }

    void send(String command) {
        try {
            var in = process.getOutputStream();
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next answer of the probe, which must start with {@code prefix}. */
    String await(String prefix, Duration timeout) throws InterruptedException {
        var answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (answer == null) {
            fail("No answer from node " + name + " within " + timeout + " (alive: " + process.isAlive() + "); log: "
                    + log + "\n" + tail());
        }
        if (answer.startsWith("FAILED") || !answer.startsWith(prefix)) {
            fail("Node " + name + " answered '" + answer + "', expected " + prefix + "; log: " + log + "\n" + tail());
        }
        return answer;
    }

    /** Sends a probe command and waits for its {@code DONE} answer; returns the words after the key. */
    String[] call(String command) throws InterruptedException {
        send(command);
        var words = await("DONE ", Duration.ofMinutes(3)).split(" ");
        return java.util.Arrays.copyOfRange(words, 2, words.length);
    }

    /** SIGKILL, as {@code kill -9}. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * SIGTERM: Spring Boot's shutdown hook closes the context (graceful shutdown). Through the process handle:
     * {@code Process.destroy()} also closes the streams, and what the node logs while stopping would be lost.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    boolean waitForExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What the node printed so far; all of it once the node has exited. */
    String logText() {
        try {
            if (!process.isAlive()) {
                reader.join(Duration.ofSeconds(30));
            }
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void drain() {
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                var file = Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (var line = out.readLine(); line != null; line = out.readLine()) {
                file.write(line);
                file.newLine();
                file.flush();
                if (ANSWER.matcher(line).matches()) {
                    answers.add(line);
                }
            }
        } catch (IOException e) {
            // the process died while we read: what it printed so far is in the log
        }
    }

    String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
