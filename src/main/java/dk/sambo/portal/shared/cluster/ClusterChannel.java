package dk.sambo.portal.shared.cluster;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Messages every portal node must hear (a person's sessions end, a bell rings). {@link #publish} inside a
 * transaction sends the message when, and only if, it commits; outside one at once. Every node receives it, this
 * one included (this one synchronously after the commit, the others within milliseconds). A node that may have
 * missed messages (its listening connection dropped) runs the {@link #onResync} actions once it listens again, so
 * state that must not stay behind (an open session of a deactivated person) is checked against the database.
 */
public interface ClusterChannel {

    /** Sends {@code payload} (short text, no line breaks) on {@code topic} to every node. */
    void publish(String topic, String payload);

    /** Receives every message of {@code topic}, from any node; returns the handle to stop receiving. */
    AutoCloseable subscribe(String topic, Consumer<String> receiver);

    /** Runs {@code action} every time this node may have missed messages and listens again. */
    void onResync(Runnable action);

    /**
     * Like {@link #onResync(Runnable)}, and tells {@code action} since when this node may have missed messages (the
     * moment its listening connection was found lost), so it can re-read what was stored from then on.
     */
    void onResyncSince(Consumer<Instant> action);

    /** "in-process" or "postgresql". */
    String kind();

    /** True while this node receives the other nodes' messages. */
    boolean listening();
}
