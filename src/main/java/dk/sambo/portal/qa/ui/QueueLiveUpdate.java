package dk.sambo.portal.qa.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
import dk.sambo.portal.shared.cluster.ClusterChannel;

/**
 * Keeps every open queue "Til besvarelse" current, on every node: when a question is asked (and so routed), answered,
 * changes status, is hidden or shown again, or escalated, the change goes out on the {@link ClusterChannel} (topic
 * {@value #TOPIC}) once it commits, and each node refreshes the queues it has open through server push. The view
 * refreshes its count and its grid's data provider, not the page: what the reader chose, typed or scrolled to stays.
 * After the channel was lost and listens again, every open queue refreshes once, for what it may have missed.
 */
@Component
class QueueLiveUpdate {

    static final String TOPIC = "qa-queue";
    private static final Logger LOG = LoggerFactory.getLogger(QueueLiveUpdate.class);

    private final ClusterChannel channel;
    private final Set<Runnable> openQueues = ConcurrentHashMap.newKeySet();

    QueueLiveUpdate(ClusterChannel channel) {
        this.channel = channel;
        channel.subscribe(TOPIC, payload -> refreshAll());
        channel.onResync(this::refreshAll);
    }

    /** While {@code view} is attached, {@code refresh} runs in its UI (by push) after every change of a queue. */
    void keepCurrent(com.vaadin.flow.component.Component view, Runnable refresh) {
        view.addAttachListener(attached -> {
            var ui = attached.getUI();
            Runnable inUi = () -> {
                try {
                    ui.access(refresh::run);
                } catch (UIDetachedException closed) {
                    // the tab was closed meanwhile; its detach removes it
                }
            };
            openQueues.add(inUi);
            var detach = new Registration[1];
            detach[0] = view.addDetachListener(detached -> {
                openQueues.remove(inUi);
                detach[0].remove();
            });
        });
    }

    int openQueues() {
        return openQueues.size();
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

    /** In the changing transaction: the queues refresh, on every node, once it commits. */
    private void changed(long questionId) {
        channel.publish(TOPIC, Long.toString(questionId));
    }

    private void refreshAll() {
        for (var queue : openQueues) {
            try {
                queue.run();
            } catch (RuntimeException e) {
                LOG.warn("A queue could not be refreshed: {}", e.toString());
            }
        }
    }
}
