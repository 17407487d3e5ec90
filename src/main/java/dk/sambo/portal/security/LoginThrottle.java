package dk.sambo.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.PersonAccounts;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Slows down guessing of local passwords (issue 10; ASVS 5.0 V6.3.1), following {@link LoginThrottlePolicy}.
 *
 * <p>Where the state lives: the count and wait <em>per account name</em> are rows of {@code login_throttle} in the
 * database, so a lock survives a restart and holds on every node. The limit <em>per client address</em> is an
 * in-memory Bucket4j token bucket per address on each node: a restart forgets it, and with several nodes each
 * node counts on its own (an attacker gets at most nodes × the limit), which is acceptable for a rate limit.
 *
 * <p>A throttled attempt is refused before the password is looked at ({@link LoginGuardFilter}: "try again in N
 * seconds"), so no request thread ever sleeps. Unknown names are counted exactly like known ones, so the answer
 * and its timing never tell whether a name exists. Locks, refusals and lifts go into the audit trail.
 */
@Service
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    /** Longer typed names are cut before hashing (as before, when the name itself was the key). */
    private static final int MAX_NAME = 200;
    /** Above this many tracked addresses, buckets that are full again (nothing to remember) are dropped. */
    private static final int MAX_ADDRESSES = 10_000;

    /**
     * An account name whose attempts are refused until {@code until}; {@code locked} after the lock threshold. The
     * name itself is not kept: {@code key} is its keyed hash ({@link LoginNameKeys}), and {@code username} the
     * local account it belongs to, or null when the typed name is nobody's ("ukendt login").
     */
    public record BlockedAccount(String key, @Nullable String username, int failures, Instant lastFailure,
            Instant until, boolean locked) {
    }

    /** A client address that used up its failed attempts on this node, heard again after {@code retryAfter}. */
    public record BlockedAddress(String address, Duration retryAfter) {
    }

    private final LoginThrottleRepository records;
    private final LoginNameKeys keys;
    private final PersonAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate readOnly;
    private final LoginThrottlePolicy policy = LoginThrottlePolicy.DEFAULT;
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final TimeMeter time;

    LoginThrottle(LoginThrottleRepository records, LoginNameKeys keys, PersonAccounts accounts, AuditLog audit,
            Clock clock, PlatformTransactionManager transactions) {
        this.records = records;
        this.keys = keys;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // Bucket4j reads the portal's clock, not the system's (tests move it).
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** How long this attempt must wait before it is heard; zero when it may go ahead now. */
    public Duration waitBefore(String username, String address) {
        var now = clock.instant();
        var key = key(username);
        var account = readOnly.execute(status -> records.findByUsernameKey(key)
                .map(LoginThrottleRecord::blockedUntil)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until))
                .orElse(Duration.ZERO));
        var addressWait = addressWait(address);
        return account.compareTo(addressWait) >= 0 ? account : addressWait;
    }

    /** Records that an attempt was refused because of the throttle (never reaches the password check). */
    void refused(String username, String address, Duration wait) {
        var key = key(username);
        var actor = actorName(username);
        newTransaction.executeWithoutResult(status -> audit.record(null, actor,
                "LOGIN_THROTTLED", "Login", key, "address=" + address + " wait=" + wait.toSeconds() + "s"));
    }

    /** One more failed password for the name (known or not) from the address. */
    void failed(String username, String address) {
        var key = key(username);
        // The same lookup for every name, known or not (no timing difference); only a real account's id is kept.
        var personId = accounts.byUsername(username == null ? "" : username).map(PersonAccounts.Account::personId)
                .orElse(null);
        var actor = actorName(username);
        var now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                newTransaction.executeWithoutResult(status -> {
                    var record = records.findByUsernameKey(key)
                            .orElseGet(() -> records.save(new LoginThrottleRecord(key, personId)));
                    if (record.failed(now, policy)) {
                        audit.record(null, actor, "LOGIN_LOCKED", "Login", key,
                                "failures=" + record.failures() + " until=" + record.blockedUntil());
                    }
                    records.flush();
                });
                break;
            } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException concurrent) {
                // Another failure for the same name at the same moment (another thread or node): count again.
                if (attempt == 3) {
                    LOG.warn("Could not count a failed login for one account name after 3 tries", concurrent);
                    break;
                }
            }
        }
        var bucket = addresses.computeIfAbsent(address, a -> newAddressBucket());
        bucket.tryConsume(1);
        if (bucket.getAvailableTokens() == 0) {
            newTransaction.executeWithoutResult(status -> audit.record(null, actor,
                    "LOGIN_ADDRESS_THROTTLED", "Login", address, "failures from this address used up"));
        }
        if (addresses.size() > MAX_ADDRESSES) {
            addresses.values().removeIf(b -> b.getAvailableTokens() >= policy.addressFailures());
        }
    }

    /** A successful login clears the name's count (the address bucket refills by itself). */
    void succeeded(String username) {
        var key = key(username);
        newTransaction.executeWithoutResult(status -> records.findByUsernameKey(key).ifPresent(r -> {
            if (r.failures() > 0) {
                r.reset();
            }
        }));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<BlockedAccount> blockedAccounts() {
        var now = clock.instant();
        return readOnly.execute(status -> records.findByBlockedUntilAfterOrderByBlockedUntilDesc(now).stream()
                .map(r -> new BlockedAccount(r.usernameKey(), r.personId() == null ? null
                        : accounts.byId(r.personId()).map(PersonAccounts.Account::username).orElse(null),
                        r.failures(), r.lastFailureAt(), r.blockedUntil(), r.locked()))
                .toList());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<BlockedAddress> blockedAddresses() {
        return addresses.keySet().stream()
                .map(a -> new BlockedAddress(a, addressWait(a)))
                .filter(b -> !b.retryAfter().isZero())
                .sorted(Comparator.comparing(BlockedAddress::address))
                .toList();
    }

    /** Lifts the wait or lock of an account name (as typed) and clears its count. */
    @PreAuthorize("hasRole('ADMIN')")
    public void liftAccount(String username) {
        liftKey(key(username));
    }

    /** Lifts the wait or lock of the name with this key (a {@link BlockedAccount#key()}) and clears its count. */
    @PreAuthorize("hasRole('ADMIN')")
    public void liftKey(String key) {
        newTransaction.executeWithoutResult(status -> records.findByUsernameKey(key).ifPresent(r -> {
            audit.record("LOGIN_LOCK_LIFTED", "Login", key, "failures=" + r.failures());
            r.reset();
        }));
    }

    /** Forgets the failures counted for a client address on this node. */
    @PreAuthorize("hasRole('ADMIN')")
    public void liftAddress(String address) {
        if (addresses.remove(address) != null) {
            newTransaction.executeWithoutResult(status -> audit.record("LOGIN_ADDRESS_LIFTED", "Login", address,
                    null));
        }
    }

    @EventListener
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getClass() == UsernamePasswordAuthenticationToken.class) {
            failed(token.getName(), addressOf(token.getDetails()));
        }
    }

    @EventListener
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getClass() == UsernamePasswordAuthenticationToken.class
                && token.getPrincipal() instanceof LocalUser user) {
            succeeded(user.getUsername());
        }
    }

    private Duration addressWait(String address) {
        var bucket = addresses.get(address);
        if (bucket == null) {
            return Duration.ZERO;
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private Bucket newAddressBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(policy.addressFailures())
                        .refillGreedy(policy.addressFailures(), policy.addressWindow()))
                .withCustomTimePrecision(time)
                .build();
    }

    static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "?";
    }

    /** The keyed hash the row of a typed name is found by; the name itself is never stored. */
    String key(@Nullable String username) {
        var name = username == null ? "" : username;
        return keys.key(name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME));
    }

    /** The audit trail's actor: the local account the name belongs to, or "?" (the typed name is never stored). */
    private String actorName(@Nullable String username) {
        return username == null || username.isBlank() ? "?"
                : accounts.byUsername(username).map(PersonAccounts.Account::username).orElse("?");
    }
}
