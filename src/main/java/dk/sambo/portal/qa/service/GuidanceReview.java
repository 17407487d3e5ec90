package dk.sambo.portal.qa.service;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.qa.domain.GuidanceRepository;
import dk.sambo.portal.shared.scheduling.SystemTask;

/**
 * Agreed guidance must be reviewed by its review date. Once the date has passed, the strategic level of the
 * guidance's cluster (the region's where the cluster has none) is told, once. The morning job ({@link QaJobs})
 * calls {@link #flagDueForReview()}; tests call it after moving the clock.
 */
@Service
public class GuidanceReview {

    private static final int BATCH = 100;

    private final GuidanceRepository guidance;
    private final QaNotifier notifier;
    private final AuditLog audit;
    private final QaClock clock;
    private final TransactionTemplate transactions;

    GuidanceReview(GuidanceRepository guidance, QaNotifier notifier, AuditLog audit, QaClock clock,
            TransactionTemplate transactions) {
        this.guidance = guidance;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Flags every guidance newly past its review date; returns how many. Runs as "system". */
    public int flagDueForReview() {
        return SystemTask.run(() -> {
            int flagged = 0;
            while (true) {
                Integer batch = transactions.execute(status -> {
                    var due = guidance.findNewlyDueForReview(clock.today(), PageRequest.of(0, BATCH));
                    for (var g : due) {
                        g.flagForReview(clock.now());
                        audit.record("GUIDANCE_REVIEW_DUE", "Guidance", g.id(), "reviewDate=" + g.getReviewDate());
                        notifier.guidanceDueForReview(g);
                    }
                    return due.size();
                });
                flagged += batch == null ? 0 : batch;
                if (batch == null || batch < BATCH) {
                    return flagged;
                }
            }
        });
    }
}
