package dk.sambo.portal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Wall times per step (milliseconds), errors per step and the first error texts, safe for many user threads. */
final class StepStats {

    /** What is timed: the journey's steps, and Vaadin's {@code init} request inside each page load. */
    enum Timer {
        LOGIN, START, QUESTIONS, SEARCH, QUESTION, CALENDAR, OVERVIEW, INIT
    }

    private final Map<Timer, List<Double>> samples = new EnumMap<>(Timer.class);
    private final Map<Timer, AtomicInteger> errors = new EnumMap<>(Timer.class);
    private final Map<String, Boolean> firstErrors = new ConcurrentHashMap<>();

    StepStats() {
        for (var timer : Timer.values()) {
            samples.put(timer, Collections.synchronizedList(new ArrayList<>()));
            errors.put(timer, new AtomicInteger());
        }
    }

    static Timer timer(Journey.Step step) {
        return Timer.valueOf(step.name());
    }

    void record(Timer timer, long nanos) {
        samples.get(timer).add(nanos / 1e6);
    }

    void error(Timer timer, Throwable e) {
        errors.get(timer).incrementAndGet();
        if (firstErrors.size() < 10) {
            firstErrors.putIfAbsent(timer + ": " + e.getMessage(), true);
        }
    }

    int count(Timer timer) {
        return samples.get(timer).size();
    }

    int errors() {
        return errors.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<String> firstErrors() {
        return List.copyOf(firstErrors.keySet());
    }

    /** The table: count, errors, p50/p95/p99 and max per step, in milliseconds. */
    String table() {
        var out = new StringBuilder(String.format("%-10s %7s %6s %9s %9s %9s %9s%n", "step", "count", "errors",
                "p50 ms", "p95 ms", "p99 ms", "max ms"));
        for (var timer : Timer.values()) {
            List<Double> sorted;
            synchronized (samples.get(timer)) {
                sorted = new ArrayList<>(samples.get(timer));
            }
            Collections.sort(sorted);
            out.append(String.format("%-10s %7d %6d %9.1f %9.1f %9.1f %9.1f%n", timer, sorted.size(),
                    errors.get(timer).get(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1)));
        }
        return out.toString();
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none. */
    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
