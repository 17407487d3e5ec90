package dk.sambo.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.shared.Registration;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.organisation.CurrentPerson;

/**
 * Issue 12: a node that did not hear the cluster channel for a while (its listening connection dropped) re-reads
 * from the database the notifications created meanwhile and rings the open bells of their recipients. The
 * notifications here are stored straight into the table, as another node would, so no message reaches this node;
 * the re-read is what the channel runs when it listens again ({@code PostgresClusterChannelTest} cuts a real
 * connection, {@code EventsTwoNodesIT} does it between two nodes with a bell open in Chromium). Far in the future, so
 * other tests' notifications of the same person do not mix in.
 */
@PortalTest
class MissedBellReplayTest {

    @Autowired NotificationBroadcaster broadcaster;
    @Autowired NotificationRepository repository;
    @Autowired CurrentPerson currentPerson;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    final List<Long> rung = new CopyOnWriteArrayList<>();
    final List<Notification> stored = new ArrayList<>();
    long person;
    Instant lostAt;
    Registration openBell;

    @BeforeEach
    void openBell() {
        AuthenticatedAs.login(users, "hjemmehjaelper");
        person = currentPerson.requireId();
        AuthenticatedAs.logout();
        lostAt = clock.instant().plus(Duration.ofDays(3650));
        openBell = broadcaster.register(person, rung::add);
    }

    @AfterEach
    void closeBell() {
        openBell.remove();
        repository.deleteAll(stored);
    }

    @Test
    void a_node_that_listens_again_rings_the_open_bell_for_a_notification_stored_while_it_did_not_listen() {
        var missed = storeByAnotherNode(lostAt.plusSeconds(1));
        assertThat(rung).as("no message reached this node").isEmpty();

        assertThat(broadcaster.replayMissed(lostAt)).isEqualTo(1);

        assertThat(rung).containsExactly(missed.id());
    }

    @Test
    void the_re_read_reaches_back_by_the_margin_for_transactions_still_open_when_the_channel_was_lost() {
        var committedLate = storeByAnotherNode(lostAt.minus(NotificationBroadcaster.REPLAY_MARGIN).plusSeconds(1));

        broadcaster.replayMissed(lostAt);

        assertThat(rung).containsExactly(committedLate.id());
    }

    @Test
    void nothing_is_rung_when_nothing_was_stored_since_the_channel_was_lost_less_the_margin() {
        storeByAnotherNode(lostAt.minus(NotificationBroadcaster.REPLAY_MARGIN).minusSeconds(1));

        assertThat(broadcaster.replayMissed(lostAt)).isZero();

        assertThat(rung).isEmpty();
    }

    private Notification storeByAnotherNode(Instant createdAt) {
        var saved = repository.save(new Notification(person, "notification.title", List.of(), null, null, null,
                createdAt));
        stored.add(saved);
        return saved;
    }
}
