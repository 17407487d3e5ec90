package dk.sambo.portal.qa.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The time for this feature: the portal's injected clock. The demo data replays a year of questions through the
 * real services, so it may run work "as of" an earlier instant on its own thread; nothing else does.
 */
@Component
public class QaClock {

    private final Clock clock;
    private final ThreadLocal<Instant> asOf = new ThreadLocal<>();

    public QaClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        var instant = asOf.get();
        return instant != null ? instant : clock.instant();
    }

    /**
     * True while the demo data replays something more than a week old: nobody is notified of history, only of
     * what happened lately.
     */
    public boolean replayingHistory() {
        var instant = asOf.get();
        return instant != null && instant.isBefore(clock.instant().minus(java.time.Duration.ofDays(7)));
    }

    public LocalDate today() {
        return now().atZone(ResponseTime.zone()).toLocalDate();
    }

    public <T> T asOf(Instant instant, Supplier<T> work) {
        var before = asOf.get();
        asOf.set(instant);
        try {
            return work.get();
        } finally {
            if (before == null) {
                asOf.remove();
            } else {
                asOf.set(before);
            }
        }
    }
}
