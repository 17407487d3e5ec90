package dk.sambo.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A clock tests can set and move. Starts at Monday 23 November 2026, 09:00 in Copenhagen, so demo data and
 * expectations are the same on every run.
 */
public class TestClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    public static final Instant START = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZONE).toInstant();

    private volatile Instant now = START;

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    public void advance(Duration duration) {
        this.now = now.plus(duration);
    }

    public void reset() {
        this.now = START;
    }
}
