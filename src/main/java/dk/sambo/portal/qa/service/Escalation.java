package dk.sambo.portal.qa.service;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.qa.QuestionEscalated;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.shared.scheduling.SystemTask;

/**
 * Nothing is left unanswered unseen: an open question past its response time is escalated to the implementing
 * level of the asker's cluster (the region's where the cluster has none), once per open period, and shown as
 * overdue in every list. The scheduled job ({@link QaJobs}) calls {@link #escalateOverdue()}; tests call it
 * after moving the clock.
 */
@Service
public class Escalation {

    private static final int BATCH = 100;

    private final QuestionRepository questions;
    private final QaNotifier notifier;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final QaClock clock;
    private final TransactionTemplate transactions;

    Escalation(QuestionRepository questions, QaNotifier notifier, AuditLog audit, ApplicationEventPublisher events,
            QaClock clock, TransactionTemplate transactions) {
        this.questions = questions;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Escalates every open question now past its response time; returns how many. Runs as "system". */
    public int escalateOverdue() {
        return SystemTask.run(() -> {
            int escalated = 0;
            while (true) {
                Integer batch = transactions.execute(status -> {
                    var due = questions.findToEscalate(clock.now(), PageRequest.of(0, BATCH));
                    due.forEach(this::escalate);
                    return due.size();
                });
                escalated += batch == null ? 0 : batch;
                if (batch == null || batch < BATCH) {
                    return escalated;
                }
            }
        });
    }

    /** One question, in the caller's transaction: the demo data replays escalations at their time. */
    void escalate(Question question) {
        var now = clock.now();
        question.escalate(now);
        audit.record("QUESTION_ESCALATED", "Question", question.id(),
                "cluster=" + question.getClusterId() + " due=" + question.getDueAt());
        events.publishEvent(new QuestionEscalated(question.id(), now));
        notifier.escalated(question);
    }
}
