package dk.sambo.portal.training.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One session in the calendar's visible range. {@code mine}: the reader organises it or has an active sign-up. */
public record CalendarEntry(long id, SessionType type, String title, Instant start, Instant end,
        @Nullable String place, boolean cancelled, int capacity, int approved, boolean mine) {

    public int seatsLeft() {
        return Math.max(0, capacity - approved);
    }
}
