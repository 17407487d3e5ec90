package dk.sambo.portal.security;

import java.time.Duration;

/**
 * How failed local logins are slowed down (issue 10, ASVS 5.0 V6.3.1). Per account name: the first
 * {@code freeFailures} failures in a row cost nothing, each further one doubles the wait before the next attempt
 * is heard (2 s, 4 s, 8 s, ...), and failure number {@code lockAfter} locks the name for {@code lock} (an
 * administrator can lift it sooner). A successful login clears the count. Per client address: at most
 * {@code addressFailures} failures per {@code addressWindow}, whatever names they try (password spraying).
 */
record LoginThrottlePolicy(int freeFailures, int lockAfter, Duration lock, int addressFailures,
        Duration addressWindow) {

    static final LoginThrottlePolicy DEFAULT = new LoginThrottlePolicy(3, 10, Duration.ofMinutes(15), 50,
            Duration.ofMinutes(15));

    /** The wait before the next attempt after {@code failures} failures in a row. */
    Duration waitAfter(int failures) {
        if (failures >= lockAfter) {
            return lock;
        }
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        var wait = Duration.ofSeconds(1L << Math.min(failures - freeFailures, 20));
        return wait.compareTo(lock) < 0 ? wait : lock;
    }
}
