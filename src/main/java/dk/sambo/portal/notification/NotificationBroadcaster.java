package dk.sambo.portal.notification;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

/** Lets open bells of a person hear of new notifications once they are committed (server push). */
@Component
class NotificationBroadcaster {

    private final Map<Long, Set<Consumer<Long>>> listeners = new ConcurrentHashMap<>();

    Registration register(long personId, Consumer<Long> listener) {
        listeners.computeIfAbsent(personId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.getOrDefault(personId, Set.of()).remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NotificationCreated event) {
        listeners.getOrDefault(event.personId(), Set.of()).forEach(l -> l.accept(event.notificationId()));
    }
}
