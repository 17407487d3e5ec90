package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.session.HttpSessionCreatedEvent;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.PortalPrincipal;

/**
 * ASVS 5.0 7.5.2 at the service level: a person lists their own open sessions (device, start, last activity, node)
 * and ends one or all others; the node holding an ended session invalidates it; nobody sees or ends another
 * person's session. Sessions here are mock HTTP sessions registered the way the web filter registers a login.
 */
@PortalTest
class OpenSessionsTest {

    private static final String FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private static final String EDGE_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0";

    @Autowired OpenSessions openSessions;
    @Autowired SessionTerminator terminator;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
        ((TestClock) clock).reset();
    }

    @Test
    void a_person_sees_their_own_sessions_with_device_start_last_activity_and_node_and_the_current_one_first() {
        var nurse = personOf("sygeplejerske");
        var here = session(nurse, FIREFOX_LINUX);
        ((TestClock) clock).advance(Duration.ofMinutes(5));
        var phone = session(nurse, EDGE_WINDOWS);
        ((TestClock) clock).advance(Duration.ofMinutes(2));
        openSessions.active(phone);
        var elsewhere = session(personOf("leder"), FIREFOX_LINUX);

        AuthenticatedAs.login(users, "sygeplejerske");
        var mine = openSessions.mine(OpenSessions.handleOf(here)).stream()
                .filter(s -> s.handle().equals(OpenSessions.handleOf(here))
                        || s.handle().equals(OpenSessions.handleOf(phone)))
                .toList();

        assertThat(mine).hasSize(2);
        assertThat(mine.getFirst().current()).isTrue();
        assertThat(mine.getFirst().device()).isEqualTo("Firefox · Linux");
        assertThat(mine.getFirst().startedAt()).isEqualTo(TestClock.START);
        assertThat(mine.get(1).device()).isEqualTo("Edge · Windows");
        assertThat(mine.get(1).startedAt()).isEqualTo(TestClock.START.plus(Duration.ofMinutes(5)));
        assertThat(mine.get(1).lastActiveAt()).isEqualTo(TestClock.START.plus(Duration.ofMinutes(7)));
        assertThat(mine).allSatisfy(s -> assertThat(s.node()).isNotBlank());
        assertThat(openSessions.mine(null)).extracting(OpenSessions.OpenSession::handle)
                .doesNotContain(OpenSessions.handleOf(elsewhere));
        endAll(here, phone, elsewhere);
    }

    @Test
    void ending_one_of_ones_own_sessions_invalidates_it_on_the_node_that_holds_it_and_leaves_the_others() {
        var nurse = personOf("sygeplejerske");
        var here = session(nurse, FIREFOX_LINUX);
        var forgotten = session(nurse, EDGE_WINDOWS);
        AuthenticatedAs.login(users, "sygeplejerske");

        openSessions.end(OpenSessions.handleOf(forgotten));

        assertThat(forgotten.isInvalid()).as("ended through the cluster channel").isTrue();
        assertThat(here.isInvalid()).isFalse();
        assertThat(openSessions.mine(null)).extracting(OpenSessions.OpenSession::handle)
                .contains(OpenSessions.handleOf(here)).doesNotContain(OpenSessions.handleOf(forgotten));
        endAll(here);
    }

    @Test
    void end_all_others_keeps_only_the_current_session() {
        var nurse = personOf("sygeplejerske");
        var here = session(nurse, FIREFOX_LINUX);
        var second = session(nurse, EDGE_WINDOWS);
        var third = session(nurse, null);
        AuthenticatedAs.login(users, "sygeplejerske");

        int ended = openSessions.endAllOthers(OpenSessions.handleOf(here));

        assertThat(ended).isGreaterThanOrEqualTo(2);
        assertThat(second.isInvalid()).isTrue();
        assertThat(third.isInvalid()).isTrue();
        assertThat(here.isInvalid()).isFalse();
        assertThat(openSessions.mine(OpenSessions.handleOf(here))).extracting(OpenSessions.OpenSession::handle)
                .containsExactly(OpenSessions.handleOf(here));
        endAll(here);
    }

    @Test
    void nobody_ends_another_persons_session_and_an_unknown_handle_gets_the_same_refusal() {
        var managers = session(personOf("leder"), FIREFOX_LINUX);
        AuthenticatedAs.login(users, "sygeplejerske");

        assertThatThrownBy(() -> openSessions.end(OpenSessions.handleOf(managers)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Not one of your sessions");
        assertThatThrownBy(() -> openSessions.end("00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Not one of your sessions");
        assertThat(managers.isInvalid()).isFalse();
        AuthenticatedAs.logout();
        assertThatThrownBy(() -> openSessions.mine(null))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        endAll(managers);
    }

    @Test
    void a_session_idle_longer_than_the_inactivity_timeout_is_not_listed_and_an_ended_one_leaves_the_register() {
        var nurse = personOf("sygeplejerske");
        var idle = session(nurse, FIREFOX_LINUX);
        ((TestClock) clock).advance(Duration.ofHours(8).plusMinutes(1));
        var fresh = session(nurse, EDGE_WINDOWS);
        AuthenticatedAs.login(users, "sygeplejerske");

        assertThat(openSessions.mine(null)).extracting(OpenSessions.OpenSession::handle)
                .contains(OpenSessions.handleOf(fresh)).doesNotContain(OpenSessions.handleOf(idle));

        endAll(idle, fresh);
        assertThat(jdbc.queryForObject("select count(*) from open_session where handle in (?, ?)", Long.class,
                OpenSessions.handleOf(idle), OpenSessions.handleOf(fresh))).isZero();
    }

    @Test
    void the_device_label_names_browser_and_system_and_keeps_nothing_else_of_the_header() {
        assertThat(Devices.describe(EDGE_WINDOWS)).isEqualTo("Edge · Windows");
        assertThat(Devices.describe(FIREFOX_LINUX)).isEqualTo("Firefox · Linux");
        assertThat(Devices.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1")).isEqualTo("Safari · iPhone");
        assertThat(Devices.describe("Java-http-client/25")).isEmpty();
        assertThat(Devices.describe(null)).isEmpty();
    }

    /** A logged-in session of the person on this node, registered as the web filter does at login. */
    private MockHttpSession session(long personId, String userAgent) {
        var session = new MockHttpSession();
        terminator.created(new HttpSessionCreatedEvent(session));
        openSessions.loggedIn(session, personId, userAgent, clock.instant());
        return session;
    }

    /** Ends the sessions as their expiry would: they leave the register and this node. */
    private void endAll(MockHttpSession... sessions) {
        for (var session : sessions) {
            if (!session.isInvalid()) {
                terminator.destroyed(new org.springframework.security.web.session.HttpSessionDestroyedEvent(session));
                session.invalidate();
            }
        }
    }

    private long personOf(String username) {
        AuthenticatedAs.login(users, username);
        try {
            return ((PortalPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                    .personId();
        } finally {
            AuthenticatedAs.logout();
        }
    }
}
