package dk.sambo.portal.e2e;

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
 * The portal as a separate JVM: the one way the tests start one, for those that must kill it as a crash would
 * ({@code kill -9}), stop it as a service manager does (SIGTERM) or run several nodes. The test JVM's own
 * classpath and the main class, a working folder (so the default {@code ./data} database and index land there), a
 * free port, the demo profile and a probe on standard input (the {@link DurabilityProbe} by default, or the one
 * given by {@link #launch}). Everything the process prints goes to its log file; the probe's answers are handed to
 * {@link #await}.
 */
public final class PortalProcess implements AutoCloseable {

    private static final Pattern ANSWER = Pattern.compile("^(PROBE READY|DONE |CHECK |FAILED |SLOW STARTED).*");

    private final Process process;
    private final Path log;
    private final int port;
    private final LinkedBlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Thread reader;

    private PortalProcess(Process process, Path log, int port, String name) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.reader = Thread.ofPlatform().name("portal-output-" + name).daemon().start(this::drain);
    }

    /**
     * What differs between the tests' portal JVMs: the working folder, the log file, the heap ({@code -Xmx}) and the
     * probe's settings (which probe, a node name).
     */
    public record Launch(Path workDir, Path log, String heap, List<String> probeArguments) {
    }

    /** Starts the portal in {@code dir} with the durability probe and waits until the probe is ready. */
    static PortalProcess start(Path dir, int run, List<String> arguments) throws IOException, InterruptedException {
        return launch(new Launch(dir, dir.resolve("portal-" + run + ".log"), "768m", List.of(
                "--portal.test.durability-probe=true",
                "--context.initializer.classes=" + DurabilityProbe.OnlyProbe.class.getName())), arguments);
    }

    /** Starts the portal as {@code launch} says, with {@code arguments} last, and waits until the probe is ready. */
    public static PortalProcess launch(Launch launch, List<String> arguments) throws IOException,
            InterruptedException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Xmx" + launch.heap(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), Application.class.getName(), "--server.port=" + port,
                "--spring.profiles.active=demo"));
        command.addAll(launch.probeArguments());
        command.addAll(List.of("--vaadin.launch-browser=false", "--spring.jmx.enabled=false"));
        command.addAll(arguments);
        Files.createDirectories(launch.workDir());
        var process = new ProcessBuilder(command).directory(launch.workDir().toFile()).redirectErrorStream(true)
                .start();
        var portal = new PortalProcess(process, launch.log(), port,
                launch.log().getFileName().toString().replace(".log", ""));
        // A killed test JVM must not leave the portal running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        // About 30 s on an idle 2-core machine (demo data on the first start); far more on a loaded one.
        portal.await("PROBE READY", Duration.ofMinutes(8));
        return portal;
    }

    public int port() {
        return port;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public void send(String command) {
        try {
            var in = process.getOutputStream();
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next answer of the probe, which must start with {@code prefix}. */
    public String await(String prefix, Duration timeout) throws InterruptedException {
        var answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (answer == null) {
            fail("No answer from the portal within " + timeout + " (alive: " + process.isAlive() + "); log: " + log
                    + "\n" + tail());
        }
        if (answer.startsWith("FAILED") || !answer.startsWith(prefix)) {
            fail("The portal answered '" + answer + "', expected " + prefix + "; log: " + log + "\n" + tail());
        }
        return answer;
    }

    /** Sends a command and waits for its answer. */
    String call(String command) throws InterruptedException {
        send(command);
        return await(command.startsWith("check") ? "CHECK " : "DONE ", Duration.ofMinutes(3));
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no flush, no orderly close of database or index. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * SIGTERM: Spring Boot's shutdown hook closes the context (graceful shutdown). Through the process handle:
     * {@code Process.destroy()} also closes the streams, and what the portal logs while stopping would be lost.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    public boolean waitForExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What the portal printed so far; all of it once it has exited. */
    public String logText() {
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

    /** The answers printed before the process died, once its output is read to the end. */
    List<String> remainingAnswers() throws InterruptedException {
        reader.join(Duration.ofSeconds(30));
        var rest = new ArrayList<String>();
        answers.drainTo(rest);
        return rest;
    }

    public Path log() {
        return log;
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

    public String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
