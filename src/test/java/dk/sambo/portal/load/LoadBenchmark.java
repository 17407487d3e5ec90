package dk.sambo.portal.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The load benchmark against a portal that is already running (docs/benchmarks-load.md):
 * {@code ./mvnw -Pload verify -Dload.users=300 -Dload.base=http://localhost:8086}. Settings (system properties):
 * {@code load.base}, {@code load.users}, {@code load.loops}, {@code load.warmup} (unmeasured passes), {@code load.solo} (passes of the one-user CPU
 * profile), {@code load.think} and {@code load.ramp} (ms), {@code load.limit} (s, hard bound), {@code load.pid}
 * (the server's process; found by its {@code --server.port} otherwise), {@code load.mode} ({@code journey} or
 * {@code memory}). It prints figures and fails only when a step got a wrong answer: no timing assertions.
 */
class LoadBenchmark {

    @Test
    void run() throws Exception {
        var base = URI.create(System.getProperty("load.base", "http://localhost:8080"));
        var settings = new LoadRun.Settings(base, Integer.getInteger("load.users", 10),
                Integer.getInteger("load.loops", 3), Integer.getInteger("load.warmup", 10),
                Integer.getInteger("load.solo", 10),
                Duration.ofMillis(Long.getLong("load.think", 2_000)), Duration.ofMillis(Long.getLong("load.ramp", 10_000)),
                Duration.ofSeconds(Long.getLong("load.limit", 600)));
        long pid = Long.getLong("load.pid", ServerProbe.findServer(base.getPort())
                .orElseThrow(() -> new IllegalStateException("no server process on port " + base.getPort()
                        + "; give -Dload.pid")));
        try (var server = ServerProbe.attach(pid)) {
            String report;
            if ("memory".equals(System.getProperty("load.mode"))) {
                report = new MemoryRun(settings, server).run();
            } else {
                var result = new LoadRun(settings, server).run();
                report = LoadRun.report(settings, result, conditions());
                if (result.stats().errors() > 0) {
                    System.out.print(report);
                    throw new AssertionError(result.stats().errors() + " steps got a wrong answer");
                }
            }
            System.out.print(report);
            System.out.println("load average after: " + loadAverage());
        }
    }

    /** The same without Maven: {@code java -cp <test classpath> dk.sambo.portal.load.LoadBenchmark}. */
    public static void main(String[] args) throws Exception {
        new LoadBenchmark().run();
    }

    static String conditions() {
        return "load average before: " + loadAverage();
    }

    /** {@code uptime}'s three figures: the machine is shared, so wall times move with it; CPU-ms do not. */
    static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
