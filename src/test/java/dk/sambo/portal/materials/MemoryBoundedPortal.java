package dk.sambo.portal.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

import dk.sambo.portal.Application;

/**
 * The portal in a JVM of its own with a 256 MB heap that exits on an {@code OutOfMemoryError}, for the memory tests
 * of uploads and downloads ({@link UploadMemoryIT}, {@link DownloadMemoryIT}): demo data in an in-memory HSQLDB,
 * its own temporary folder ({@link #tmp}), a free port on loopback, and its used heap after a full GC read with
 * {@code jcmd}. The tests drive it with Chromium, so {@link #start} aborts them when there is none (and fails in
 * CI).
 */
final class MemoryBoundedPortal implements AutoCloseable {

    static final long MB = 1024L * 1024;
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PORTAL_TEST_CHROMIUM", "/usr/bin/chromium"));
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final Path workDir;
    private final int port;
    private final Path log;

    private MemoryBoundedPortal(Process process, Path workDir, int port, Path log) {
        this.process = process;
        this.workDir = workDir;
        this.port = port;
        this.log = log;
    }

    /** Starts the portal ({@code name} names its folder and database) and waits until it answers. */
    static MemoryBoundedPortal start(String name) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            Assumptions.assumeFalse("true".equalsIgnoreCase(System.getenv("CI")), "CI requires Chromium");
            Assumptions.abort("No Chromium at " + CHROMIUM);
        }
        var workDir = Files.createTempDirectory("sambo-" + name);
        Files.createDirectories(workDir.resolve("tmp"));
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + workDir.resolve("tmp"), "--enable-native-access=ALL-UNNAMED",
                "-Dvaadin.devmode.liveReload.enabled=false", "-cp", classpath, Application.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.profiles.active=test,demo",
                "--spring.datasource.url=jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc",
                "--vaadin.devmode.devTools.enabled=false",
                "--logging.level.root=warn"));
        if (Runtime.version().feature() >= 24) {
            command.add(5, "--sun-misc-unsafe-memory-access=allow");
        }
        var log = workDir.resolve("portal.log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        var portal = new MemoryBoundedPortal(builder.start(), workDir, port, log);
        portal.awaitLoginPage();
        return portal;
    }

    private void awaitLoginPage() throws Exception {
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(480);
        while (true) {
            assertThat(process.isAlive()).as("portal started; log:\n%s", tail()).isTrue();
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertThat(System.nanoTime()).as("portal answers within 480 s; log:\n%s", tail()).isLessThan(deadline);
            Thread.sleep(1000);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    Path workDir() {
        return workDir;
    }

    /** The portal JVM's own temporary folder ({@code java.io.tmpdir}). */
    Path tmp() {
        return workDir.resolve("tmp");
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Used heap of the portal's JVM after a full GC, read with jcmd. */
    long heapUsedAfterGc() throws Exception {
        jcmd("GC.run");
        var info = jcmd("GC.heap_info");
        var matcher = HEAP_USED.matcher(info);
        assertThat(matcher.find()).as(info).isTrue();
        return Long.parseLong(matcher.group(1)) * 1024;
    }

    private String jcmd(String what) throws Exception {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var jcmdProcess = new ProcessBuilder(jcmd, String.valueOf(process.pid()), what).redirectErrorStream(true)
                .start();
        var out = new String(jcmdProcess.getInputStream().readAllBytes());
        jcmdProcess.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** The last 60 lines of the portal's log. */
    String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Stops the portal (SIGTERM, then SIGKILL after 20 s) and deletes its folder. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(workDir);
    }
}
