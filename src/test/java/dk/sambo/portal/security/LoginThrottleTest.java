package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.audit.AuditLog;

/**
 * The login throttle at the service level, on the test clock: the growing wait and the lock per account name, the
 * same treatment for unknown names, the limit per client address, and the administrator's view and lift.
 */
@PortalTest
class LoginThrottleTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    LoginThrottle throttle;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLog audit;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
        clock.reset();
    }

    @Test
    void policy_gives_three_free_failures_then_a_doubling_wait_and_a_fifteen_minute_lock_at_the_tenth() {
        var policy = LoginThrottlePolicy.DEFAULT;
        var waits = new ArrayList<Long>();
        for (int failures = 1; failures <= 11; failures++) {
            waits.add(policy.waitAfter(failures).toSeconds());
        }
        assertThat(waits).containsExactly(0L, 0L, 0L, 2L, 4L, 8L, 16L, 32L, 64L, 900L, 900L);
    }

    @Test
    void failures_beyond_three_hold_the_next_attempt_back_longer_each_time_and_the_tenth_locks_the_name() {
        var name = "kasse-" + SEQUENCE.incrementAndGet();
        var address = "192.0.2." + SEQUENCE.get();
        for (int i = 0; i < 3; i++) {
            throttle.failed(name, address);
            assertThat(throttle.waitBefore(name, address)).as("after failure %s", i + 1).isZero();
        }
        throttle.failed(name, address);
        assertThat(throttle.waitBefore(name, address)).isEqualTo(Duration.ofSeconds(2));
        // Case and surrounding spaces do not make another name.
        assertThat(throttle.waitBefore("  " + name.toUpperCase() + " ", address)).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore(name, address)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore(name, address)).isZero();

        for (int failures = 5; failures <= 9; failures++) {
            throttle.failed(name, address);
            var wait = throttle.waitBefore(name, address);
            assertThat(wait).as("after failure %s", failures).isEqualTo(Duration.ofSeconds(1L << (failures - 3)));
            clock.advance(wait);
        }
        throttle.failed(name, address);
        assertThat(throttle.waitBefore(name, address)).isEqualTo(Duration.ofMinutes(15));
        assertThat(auditActions(name)).contains("LOGIN_LOCKED");
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore(name, address)).isZero();
    }

    @Test
    void a_name_nobody_has_is_held_back_exactly_like_an_existing_one() {
        var known = "sygehus";
        var unknown = "findes-ikke-" + SEQUENCE.incrementAndGet();
        try {
            for (int i = 0; i < 6; i++) {
                throttle.failed(known, "198.51.100.1");
                throttle.failed(unknown, "198.51.100.2");
                assertThat(throttle.waitBefore(unknown, "198.51.100.2"))
                        .isEqualTo(throttle.waitBefore(known, "198.51.100.1"));
            }
            assertThat(throttle.waitBefore(unknown, "198.51.100.2")).isEqualTo(Duration.ofSeconds(8));
        } finally {
            asAdmin(() -> {
                throttle.liftAccount(known);
                throttle.liftAddress("198.51.100.1");
                throttle.liftAddress("198.51.100.2");
            });
        }
    }

    @Test
    void a_success_clears_the_count_of_the_name() {
        var name = "succes-" + SEQUENCE.incrementAndGet();
        for (int i = 0; i < 3; i++) {
            throttle.failed(name, "203.0.113.9");
        }
        throttle.succeeded(name);
        throttle.failed(name, "203.0.113.9");
        assertThat(throttle.waitBefore(name, "203.0.113.9")).as("one failure after the success").isZero();
    }

    @Test
    void one_address_trying_many_names_is_held_back_after_fifty_failures_until_its_bucket_refills() {
        var address = "192.0.2.200";
        var other = "192.0.2.201";
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.waitBefore("spray-" + i, address)).as("attempt %s", i + 1).isZero();
            throttle.failed("spray-" + SEQUENCE.incrementAndGet(), address);
        }
        var fresh = "spray-frisk-" + SEQUENCE.incrementAndGet();
        var wait = throttle.waitBefore(fresh, address);
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(18));
        assertThat(throttle.waitBefore(fresh, other)).as("another address").isZero();
        assertThat(asAdmin(throttle::blockedAddresses)).extracting(LoginThrottle.BlockedAddress::address)
                .contains(address).doesNotContain(other);
        clock.advance(wait);
        assertThat(throttle.waitBefore(fresh, address)).isZero();
    }

    @Test
    void an_administrator_sees_a_locked_name_and_lifts_it_and_both_go_into_the_audit_trail() {
        var name = "laast-" + SEQUENCE.incrementAndGet();
        lock(name, "192.0.2.77");
        assertThat(asAdmin(throttle::blockedAccounts)).anySatisfy(blocked -> {
            assertThat(blocked.key()).isEqualTo(throttle.key(name));
            assertThat(blocked.username()).as("a name nobody has is not named").isNull();
            assertThat(blocked.locked()).isTrue();
            assertThat(blocked.failures()).isEqualTo(10);
        });

        asAdmin(() -> throttle.liftAccount(name));

        assertThat(throttle.waitBefore(name, "192.0.2.77")).isZero();
        assertThat(asAdmin(throttle::blockedAccounts)).noneMatch(b -> b.key().equals(throttle.key(name)));
        assertThat(auditActions(name)).contains("LOGIN_LOCKED", "LOGIN_LOCK_LIFTED");
        asAdmin(() -> throttle.liftAddress("192.0.2.77"));
    }

    @Test
    void nobody_but_an_administrator_sees_or_lifts_locks() {
        AuthenticatedAs.login(users, "leder");
        assertThatThrownBy(throttle::blockedAccounts).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> throttle.liftAccount("x")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> throttle.liftAddress("x")).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_cpr_number_typed_as_the_login_name_is_kept_nowhere_only_its_keyed_hash() throws Exception {
        var typed = "010285-" + (1000 + SEQUENCE.incrementAndGet());
        for (int failures = 1; failures <= 4; failures++) {
            // As a wrong password on the login form arrives: the throttle and the audit of failures both hear it.
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(typed, "forkert"),
                    new BadCredentialsException("Bad credentials")));
        }
        throttle.refused(typed, "192.0.2.90", Duration.ofSeconds(2));
        var digits = typed.substring(0, 6);
        try (var connection = dataSource.getConnection()) {
            assertThat(count(connection, "select count(*) from login_throttle where username_key like ?", digits))
                    .isZero();
            assertThat(count(connection, "select count(*) from audit_event where actor like ? or object_id like ?"
                    + " or details like ?", digits, digits, digits)).as("nothing in the audit trail").isZero();
        }
        var key = throttle.key(typed);
        assertThat(key).matches("hmac:[A-Za-z0-9_-]{43}");
        assertThat(throttle.waitBefore(typed, "192.0.2.91")).as("still counted under its key").isPositive();
        assertThat(auditActions(typed)).contains("LOGIN_FAILED", "LOGIN_THROTTLED");
        asAdmin(() -> throttle.liftAccount(typed));
    }

    @Test
    void the_key_is_a_keyed_hash_of_the_name_as_typed_stripped_and_lower_cased() {
        byte[] secret = "en hemmelighed på mindst toogtredive tegn".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] other = "en anden hemmelighed på mindst toogtredive tegn".getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(LoginNameKeys.key(secret, "  Leder ")).isEqualTo(LoginNameKeys.key(secret, "leder"));
        assertThat(LoginNameKeys.key(secret, "leder")).isNotEqualTo(LoginNameKeys.key(secret, "leder2"))
                .as("another secret, another key").isNotEqualTo(LoginNameKeys.key(other, "leder"))
                .doesNotContain("leder");
        assertThat(throttle.key("Leder")).isEqualTo(throttle.key("leder")).isNotEqualTo(LoginNameKeys.key(secret,
                "leder"));
    }

    @Test
    void rows_written_before_with_the_plain_name_are_re_keyed_by_the_migration_and_keep_their_count()
            throws Exception {
        var name = "gammelt-navn-" + SEQUENCE.incrementAndGet();
        try (var connection = dataSource.getConnection()) {
            try (var insert = connection.prepareStatement("insert into login_throttle (version, username_key,"
                    + " failures, last_failure_at, blocked_until, locked) values (0, ?, 5, ?, ?, false)")) {
                insert.setString(1, name);
                insert.setObject(2, clock.instant().atOffset(java.time.ZoneOffset.UTC));
                insert.setObject(3, clock.instant().plusSeconds(60).atOffset(java.time.ZoneOffset.UTC));
                insert.executeUpdate();
            }
            assertThat(throttle.waitBefore(name, "192.0.2.92")).as("not found before the migration").isZero();

            var secret = LoginNameKeys.secret(connection, "");
            assertThat(V18_2__HashLoginThrottleNames.rekey(connection, secret)).isEqualTo(1);
            assertThat(V18_2__HashLoginThrottleNames.rekey(connection, secret)).as("a second run").isZero();
            assertThat(count(connection, "select count(*) from login_throttle where username_key like ?", name))
                    .isZero();
        }
        assertThat(throttle.waitBefore(name, "192.0.2.92")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
        asAdmin(() -> throttle.liftAccount(name));
        assertThat(throttle.waitBefore(name, "192.0.2.92")).isZero();
    }

    private static long count(java.sql.Connection connection, String sql, String... likes) throws Exception {
        try (var select = connection.prepareStatement(sql)) {
            for (int i = 0; i < likes.length; i++) {
                select.setString(i + 1, "%" + likes[i] + "%");
            }
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void lock(String name, String address) {
        for (int failures = 1; failures <= 10; failures++) {
            throttle.failed(name, address);
            clock.advance(throttle.waitBefore(name, address).isNegative() ? Duration.ZERO
                    : failures < 10 ? throttle.waitBefore(name, address) : Duration.ZERO);
        }
    }

    private java.util.List<String> auditActions(String name) {
        return asAdmin(() -> audit.forObject("Login", throttle.key(name), 50).stream().map(e -> e.getAction()).toList());
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        AuthenticatedAs.login(users, "admin");
        try {
            return work.get();
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private void asAdmin(Runnable work) {
        asAdmin(() -> {
            work.run();
            return null;
        });
    }
}
