package dk.sambo.portal.qa.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

import dk.sambo.portal.qa.QuestionAnswered;
import dk.sambo.portal.qa.QuestionAsked;
import dk.sambo.portal.qa.QuestionEscalated;
import dk.sambo.portal.qa.QuestionStatusChanged;
import dk.sambo.portal.qa.QuestionVisibilityChanged;
import dk.sambo.portal.qa.service.QuestionPageChanged;
import dk.sambo.portal.shared.cluster.ClusterChannel;

/**
 * Keeps every open doubt-question screen current, on every node: the queue "Til besvarelse", a question's page and
 * the start page's cards. When a question is asked (and so routed), answered, commented, accepted, edited, changes
 * status, is hidden or shown again, or escalated, its id goes out on the {@link ClusterChannel} (topic
 * {@value #TOPIC}) once the change commits, the same channel the bell's notifications travel on, and each node
 * refreshes the screens it has open that the question concerns, by server push ({@code UI.access}).
 *
 * <p>A refresh runs in the reader's UI with the reader's security context (Vaadin keeps it in the session), so it
 * reads through the same services, with the same access checks and scope, as a reload would: a question hidden from
 * the reader drops out of their lists and off their page. Screens refresh their data, not themselves: what the
 * reader chose, typed or scrolled to stays. A screen stops listening when it is detached (left, or its tab closed).
 * After the channel was lost and listens again, every open screen refreshes once, for what it may have missed.
 */
@Component
class QaLiveUpdate {

    static final String TOPIC = "qa-queue";
    private static final Logger LOG = LoggerFactory.getLogger(QaLiveUpdate.class);
    private static final LongPredicate EVERY_QUESTION = id -> true;

    private final ClusterChannel channel;
    private final Set<Listener> open = ConcurrentHashMap.newKeySet();

    QaLiveUpdate(ClusterChannel channel) {
        this.channel = channel;
        channel.subscribe(TOPIC, payload -> refresh(parse(payload)));
        channel.onResync(() -> refresh(null));
    }

    /** While {@code view} is attached, {@code refresh} runs in its UI (by push) after every change of any question. */
    void keepCurrent(com.vaadin.flow.component.Component view, Runnable refresh) {
        keepCurrent(view, EVERY_QUESTION, refresh);
    }

    /** While {@code view} is attached, {@code refresh} runs in its UI after a change of a question it concerns. */
    void keepCurrent(com.vaadin.flow.component.Component view, LongPredicate concerns, Runnable refresh) {
        view.addAttachListener(attached -> {
            var listener = new Listener(attached.getUI(), concerns, refresh);
            open.add(listener);
            var detach = new Registration[1];
            detach[0] = view.addDetachListener(detached -> {
                open.remove(listener);
                detach[0].remove();
            });
        });
    }

    /** How many screens listen on this node. */
    int openScreens() {
        return open.size();
    }

    @EventListener
    void on(QuestionAsked event) {
        changed(event.questionId());
    }

    @EventListener
    void on(QuestionAnswered event) {
        changed(event.questionId());
    }

    @EventListener
    void on(QuestionStatusChanged event) {
        changed(event.questionId());
    }

    @EventListener
    void on(QuestionVisibilityChanged event) {
        changed(event.questionId());
    }

    @EventListener
    void on(QuestionEscalated event) {
        changed(event.questionId());
    }

    @EventListener
    void on(QuestionPageChanged event) {
        changed(event.questionId());
    }

    /** In the changing transaction: the screens refresh, on every node, once it commits. */
    private void changed(long questionId) {
        channel.publish(TOPIC, Long.toString(questionId));
    }

    private static Long parse(String payload) {
        try {
            return Long.valueOf(payload.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code questionId} null: every screen (after a resync, or a message this node does not understand). */
    private void refresh(Long questionId) {
        for (var listener : open) {
            if (questionId == null || listener.concerns.test(questionId)) {
                try {
                    listener.push();
                } catch (RuntimeException e) {
                    LOG.warn("A screen could not be refreshed: {}", e.toString());
                }
            }
        }
    }

    /**
     * One open screen. One transaction often sends several messages (an answer also changes the status): while a
     * refresh waits for the UI's lock, further messages join it instead of queueing another.
     */
    private static final class Listener {

        private final com.vaadin.flow.component.UI ui;
        private final LongPredicate concerns;
        private final Runnable refresh;
        private final AtomicBoolean pending = new AtomicBoolean();

        Listener(com.vaadin.flow.component.UI ui, LongPredicate concerns, Runnable refresh) {
            this.ui = ui;
            this.concerns = concerns;
            this.refresh = refresh;
        }

        void push() {
            if (!pending.compareAndSet(false, true)) {
                return;
            }
            try {
                ui.access(() -> {
                    pending.set(false);
                    try {
                        refresh.run();
                    } catch (RuntimeException e) {
                        // A screen that cannot refresh stays as it was (the reader's next click reads afresh);
                        // it never breaks the reader's UI.
                        LOG.warn("A screen could not be refreshed: {}", e.toString());
                    }
                });
            } catch (UIDetachedException closed) {
                // the tab was closed meanwhile; its detach removes it
                pending.set(false);
            }
        }
    }
}
