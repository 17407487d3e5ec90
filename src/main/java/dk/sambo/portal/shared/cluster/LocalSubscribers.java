package dk.sambo.portal.shared.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The receivers on this node and the hand-over to them after the commit; shared by both channels. */
abstract class LocalSubscribers implements ClusterChannel {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSubscribers.class);

    private final Map<String, Set<Consumer<String>>> receivers = new ConcurrentHashMap<>();
    private final List<Consumer<Instant>> resyncs = new CopyOnWriteArrayList<>();

    @Override
    public AutoCloseable subscribe(String topic, Consumer<String> receiver) {
        receivers.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(receiver);
        return () -> receivers.getOrDefault(topic, Set.of()).remove(receiver);
    }

    @Override
    public void onResync(Runnable action) {
        resyncs.add(since -> action.run());
    }

    @Override
    public void onResyncSince(Consumer<Instant> action) {
        resyncs.add(action);
    }

    @Override
    public void publish(String topic, String payload) {
        if (topic.contains("|") || payload.contains("\n")) {
            throw new IllegalArgumentException("Topic without '|', payload without line breaks: " + topic);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            sendToOthers(topic, payload, true);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(topic, payload);
                }
            });
        } else {
            sendToOthers(topic, payload, false);
            deliver(topic, payload);
        }
    }

    /** Sends to the other nodes; {@code inTransaction}: only if the current transaction commits. */
    abstract void sendToOthers(String topic, String payload, boolean inTransaction);

    /** Hands a message to this node's receivers; one failing receiver does not keep it from the others. */
    void deliver(String topic, String payload) {
        for (var receiver : receivers.getOrDefault(topic, Set.of())) {
            try {
                receiver.accept(payload);
            } catch (RuntimeException e) {
                LOG.warn("Cluster message {} '{}' failed in a receiver: {}", topic, payload, e.toString());
            }
        }
    }

    /** Runs the re-checks; {@code lostAt}: when this node stopped hearing the others. */
    void resync(Instant lostAt) {
        for (var action : resyncs) {
            try {
                action.accept(lostAt);
            } catch (RuntimeException e) {
                LOG.warn("Re-check after reconnecting the cluster channel failed: {}", e.toString());
            }
        }
    }
}
