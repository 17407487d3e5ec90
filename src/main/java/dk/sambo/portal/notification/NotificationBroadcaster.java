package dk.sambo.portal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.vaadin.flow.shared.Registration;

import dk.sambo.portal.shared.cluster.ClusterChannel;

/**
 * Lets open bells of a person hear of new notifications once they are committed (server push), on every node: the
 * event goes out on the {@link ClusterChannel} (topic {@value #TOPIC}) with the stored notification, and each node
 * rings the bells of the recipient it has open. A culture bearer hears of a new question in their queue this way
 * too (the question's notification).
 *
 * <p>A node that stopped hearing the channel (its listening connection dropped) missed the messages sent meanwhile.
 * When it listens again it re-reads, from the database, the notifications of the people whose bells it has open that
 * were created since the connection was lost (less {@link #REPLAY_MARGIN}, for transactions that were still open
 * then and committed later), and rings those bells. Ringing twice does no harm: a bell re-reads its count. A node
 * that restarts has no open bells: they are drawn afresh from the database at the next page load.
 */
@Component
class NotificationBroadcaster {

    static final String TOPIC = "notification";
    static final Duration REPLAY_MARGIN = Duration.ofMinutes(2);
    private static final int CHUNK = 500;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationBroadcaster.class);

    private final Map<Long, Set<Consumer<Long>>> listeners = new ConcurrentHashMap<>();
    private final ClusterChannel channel;
    private final NotificationRepository notifications;

    NotificationBroadcaster(ClusterChannel channel, NotificationRepository notifications) {
        this.channel = channel;
        this.notifications = notifications;
        channel.subscribe(TOPIC, payload -> {
            var ids = payload.split(":");
            ring(Long.parseLong(ids[0]), Long.parseLong(ids[1]));
        });
        channel.onResyncSince(this::replayMissed);
    }

    Registration register(long personId, Consumer<Long> listener) {
        listeners.computeIfAbsent(personId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.getOrDefault(personId, Set.of()).remove(listener);
    }

    /** In the storing transaction: the bells ring, on every node, once it commits. */
    @EventListener
    void on(NotificationCreated event) {
        channel.publish(TOPIC, event.personId() + ":" + event.notificationId());
    }

    /** Rings the open bells of everyone who got a notification since {@code lostAt} (less the margin). */
    int replayMissed(Instant lostAt) {
        var open = new ArrayList<Long>();
        listeners.forEach((person, bells) -> {
            if (!bells.isEmpty()) {
                open.add(person);
            }
        });
        var since = lostAt.minus(REPLAY_MARGIN);
        int rung = 0;
        for (int from = 0; from < open.size(); from += CHUNK) {
            List<Long> chunk = open.subList(from, Math.min(open.size(), from + CHUNK));
            for (var row : notifications.findNewestSince(chunk, since)) {
                ring(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
                rung++;
            }
        }
        LOG.info("Bell: re-read notifications since {} after the channel was lost: {} of {} open bells rung", since,
                rung, open.size());
        return rung;
    }

    private void ring(long personId, long notificationId) {
        listeners.getOrDefault(personId, Set.of()).forEach(l -> l.accept(notificationId));
    }
}
