package dk.sambo.portal.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;

/**
 * Consecutive failed local logins for one submitted user name, and until when further attempts are refused. Kept
 * for unknown names as for known ones, so neither the answer nor its timing tells whether a name exists.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottleRecord extends AbstractEntity {

    /**
     * The keyed hash (HMAC-SHA256, {@link LoginNameKeys}) of the user name as typed, stripped and lower-cased: the
     * name itself is never stored (issue 10).
     */
    @Column(name = "username_key", nullable = false, length = 200)
    private String usernameKey = "";

    /** The local account the typed name belongs to; null for a name nobody has. */
    @Column(name = "person_id")
    private @Nullable Long personId;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt = Instant.EPOCH;

    @Column(name = "blocked_until")
    private @Nullable Instant blockedUntil;

    @Column(nullable = false)
    private boolean locked;

    protected LoginThrottleRecord() {
    }

    LoginThrottleRecord(String usernameKey, @Nullable Long personId) {
        this.usernameKey = usernameKey;
        this.personId = personId;
    }

    /** Counts one more failure and sets the wait the policy gives for it; true when this failure locked it. */
    boolean failed(Instant now, LoginThrottlePolicy policy) {
        failures++;
        lastFailureAt = now;
        var wasLocked = locked;
        locked = failures >= policy.lockAfter();
        var wait = policy.waitAfter(failures);
        blockedUntil = wait.isZero() ? null : now.plus(wait);
        return locked && !wasLocked;
    }

    void reset() {
        failures = 0;
        blockedUntil = null;
        locked = false;
    }

    String usernameKey() {
        return usernameKey;
    }

    @Nullable
    Long personId() {
        return personId;
    }

    int failures() {
        return failures;
    }

    Instant lastFailureAt() {
        return lastFailureAt;
    }

    @Nullable
    Instant blockedUntil() {
        return blockedUntil;
    }

    boolean locked() {
        return locked;
    }
}
