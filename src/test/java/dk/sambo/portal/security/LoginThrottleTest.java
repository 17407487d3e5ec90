package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
            assertThat(blocked.username()).isEqualTo(name);
            assertThat(blocked.locked()).isTrue();
            assertThat(blocked.failures()).isEqualTo(10);
        });

        asAdmin(() -> throttle.liftAccount(name));

        assertThat(throttle.waitBefore(name, "192.0.2.77")).isZero();
        assertThat(asAdmin(throttle::blockedAccounts)).noneMatch(b -> b.username().equals(name));
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

    private void lock(String name, String address) {
        for (int failures = 1; failures <= 10; failures++) {
            throttle.failed(name, address);
            clock.advance(throttle.waitBefore(name, address).isNegative() ? Duration.ZERO
                    : failures < 10 ? throttle.waitBefore(name, address) : Duration.ZERO);
        }
    }

    private java.util.List<String> auditActions(String name) {
        return asAdmin(() -> audit.forObject("Login", name, 50).stream().map(e -> e.getAction()).toList());
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
