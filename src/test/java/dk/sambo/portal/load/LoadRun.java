package dk.sambo.portal.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dk.sambo.portal.load.Journey.Step;
import dk.sambo.portal.load.StepStats.Timer;

/**
 * The benchmark's phases against a running portal. After {@code warmup} unmeasured passes, one user alone walks the journey {@code solo} times,
 * each step between two readings of the server's CPU time (the CPU-ms per step). Then {@code users} people log in,
 * ramped over {@code ramp}, and once all are in, each walks the journey after login {@code loops} times with a
 * random think time around {@code think} between steps; the server's CPU over that phase divided by its steps is
 * the CPU per step under load. Loops are bounded in count and by {@code limit}; only localhost is accepted.
 */
final class LoadRun {

    record Settings(URI base, int users, int loops, int warmup, int solo, Duration think, Duration ramp,
            Duration limit) {
        Settings {
            var host = base.getHost();
            if (!"localhost".equals(host) && !"127.0.0.1".equals(host) && !"[::1]".equals(host)) {
                throw new IllegalArgumentException("the load benchmark runs against localhost only, not " + host);
            }
        }
    }

    /** What a run measured; printed by {@link #report}. */
    record Result(StepStats stats, double[] soloCpuMs, int loadSteps, double loadCpuMs, double loadSeconds,
            double loginCpuMs, int pushes) {
    }

    private final Settings settings;
    private final ServerProbe server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    LoadRun(Settings settings, ServerProbe server) {
        this.settings = settings;
        this.server = server;
    }

    Result run() throws InterruptedException {
        // Unmeasured passes first: the JIT compiler's threads count as the server's CPU too.
        for (int pass = 0; pass < settings.warmup(); pass++) {
            try (var session = new UidlSession(settings.base(), http)) {
                new Journey(session).pass(Journey.ACCOUNTS.get(pass % Journey.ACCOUNTS.size()), s -> { }, s -> { });
                session.logout();
            }
        }
        var stats = new StepStats();
        var soloCpu = new double[Step.values().length];
        for (int pass = 0; pass < settings.solo(); pass++) {
            try (var session = new UidlSession(settings.base(), http)) {
                var journey = new Journey(session);
                long[] cpu = new long[1];
                long[] wall = new long[1];
                journey.pass(Journey.ACCOUNTS.get(0), step -> {
                    cpu[0] = server.threadCpuNanos();
                    wall[0] = System.nanoTime();
                }, step -> {
                    long used = server.threadCpuNanos() - cpu[0];
                    stats.record(StepStats.timer(step), System.nanoTime() - wall[0]);
                    soloCpu[step.ordinal()] += used / 1e6 / settings.solo();
                });
                session.logout();
            }
        }
        if (settings.users() == 0) {
            return new Result(stats, soloCpu, 0, 0, 0, 0, 0);
        }
        var deadline = System.nanoTime() + settings.limit().toNanos();
        var loggedIn = new CountDownLatch(settings.users());
        var go = new CountDownLatch(1);
        var steps = new AtomicInteger();
        var pushes = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        long cpuBeforeLogins = server.cpuNanos();
        for (int u = 0; u < settings.users(); u++) {
            var account = Journey.ACCOUNTS.get(u % Journey.ACCOUNTS.size());
            long delay = settings.ramp().toMillis() * u / settings.users();
            threads.add(Thread.ofVirtual().name("user-" + u).start(() -> user(account, delay, stats, loggedIn, go,
                    steps, pushes, deadline)));
        }
        loggedIn.await(settings.limit().toMillis(), TimeUnit.MILLISECONDS);
        long cpuStart = server.cpuNanos();
        long wallStart = System.nanoTime();
        go.countDown();
        for (var thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000 + 5_000));
        }
        double seconds = (System.nanoTime() - wallStart) / 1e9;
        double cpuMs = (server.cpuNanos() - cpuStart) / 1e6;
        double loginCpu = (cpuStart - cpuBeforeLogins) / 1e6 / settings.users();
        return new Result(stats, soloCpu, steps.get(), cpuMs, seconds, loginCpu, pushes.get());
    }

    private void user(String account, long delay, StepStats stats, CountDownLatch loggedIn, CountDownLatch go,
            AtomicInteger steps, AtomicInteger pushes, long deadline) {
        try (var session = new UidlSession(settings.base(), http)) {
            var journey = new Journey(session);
            boolean in = false;
            try {
                Thread.sleep(delay);
                in = timed(stats, Step.LOGIN, () -> journey.run(Step.LOGIN, account))
                        && timedPageLoad(stats, session, () -> journey.run(Step.START, account));
            } finally {
                loggedIn.countDown();
            }
            go.await();
            for (int loop = 0; in && loop < settings.loops(); loop++) {
                for (var step : Step.values()) {
                    if (step == Step.LOGIN || System.nanoTime() > deadline) {
                        continue;
                    }
                    think();
                    if (step == Step.START) {
                        // Min side from the menu: a router navigation, not a page load.
                        timed(stats, step, () -> session.navigate("", ""));
                    } else {
                        timed(stats, step, () -> journey.run(step, account));
                    }
                    steps.incrementAndGet();
                }
            }
            pushes.addAndGet(session.pushes());
            if (in) {
                session.logout();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            stats.error(Timer.LOGIN, e);
        }
    }

    private boolean timedPageLoad(StepStats stats, UidlSession session, Runnable step) {
        boolean ok = timed(stats, Step.START, step);
        if (ok) {
            stats.record(Timer.INIT, session.lastInitNanos());
        }
        return ok;
    }

    private static boolean timed(StepStats stats, Step step, Runnable action) {
        long started = System.nanoTime();
        try {
            action.run();
            stats.record(StepStats.timer(step), System.nanoTime() - started);
            return true;
        } catch (RuntimeException e) {
            stats.error(StepStats.timer(step), e);
            return false;
        }
    }

    private void think() throws InterruptedException {
        long mean = settings.think().toMillis();
        if (mean > 0) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(mean / 2, mean * 3 / 2 + 1));
        }
    }

    /** The figures as the benchmark prints them. */
    static String report(Settings settings, Result result, String conditions) {
        var out = new StringBuilder();
        out.append(String.format("load: %s, users %d, loops %d, warm-up %d, think %d ms, ramp %d s; %s%n",
                settings.base(), settings.users(), settings.loops(), settings.warmup(), settings.think().toMillis(),
                settings.ramp().toSeconds(), conditions));
        out.append(result.stats().table());
        out.append("server CPU-ms per step, one user alone (mean of ").append(settings.solo()).append(" passes):");
        double sum = 0;
        for (var step : Step.values()) {
            out.append(String.format(" %s %.1f", step.name().toLowerCase(java.util.Locale.ROOT),
                    result.soloCpuMs()[step.ordinal()]));
            sum += step == Step.LOGIN ? 0 : result.soloCpuMs()[step.ordinal()];
        }
        out.append(String.format("; mean without login %.1f%n", sum / (Step.values().length - 1)));
        if (result.loadSteps() > 0) {
            out.append(String.format("under load: %d steps in %.1f s = %.1f steps/s; server CPU %.1f ms per step "
                    + "(without login); login + first page %.1f CPU-ms per user; %d pushes received%n",
                    result.loadSteps(), result.loadSeconds(), result.loadSteps() / result.loadSeconds(),
                    result.loadCpuMs() / result.loadSteps(), result.loginCpuMs(), result.pushes()));
        }
        out.append("errors: ").append(result.stats().errors());
        result.stats().firstErrors().forEach(e -> out.append(System.lineSeparator()).append("  ").append(e));
        return out.append(System.lineSeparator()).toString();
    }
}
