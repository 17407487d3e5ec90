package dk.sambo.portal.notification;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.vaadin.flow.shared.Registration;

import dk.sambo.portal.shared.cluster.ClusterChannel;

/**
 * Lets open bells of a person hear of new notifications once they are committed (server push), on every node: the
 * event goes out on the {@link ClusterChannel} (topic {@value #TOPIC}) with the stored notification, and each node
 * rings the bells of the recipient it has open. A culture bearer hears of a new question in their queue this way
 * too (the question's notification).
 */
@Component
class NotificationBroadcaster {

    static final String TOPIC = "notification";

    private final Map<Long, Set<Consumer<Long>>> listeners = new ConcurrentHashMap<>();
    private final ClusterChannel channel;

    NotificationBroadcaster(ClusterChannel channel) {
        this.channel = channel;
        channel.subscribe(TOPIC, payload -> {
            var ids = payload.split(":");
            ring(Long.parseLong(ids[0]), Long.parseLong(ids[1]));
        });
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

    private void ring(long personId, long notificationId) {
        listeners.getOrDefault(personId, Set.of()).forEach(l -> l.accept(notificationId));
    }
}
