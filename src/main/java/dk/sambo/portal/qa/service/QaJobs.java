package dk.sambo.portal.qa.service;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The feature's scheduled work, each run on one node only (ShedLock). Cron expressions are properties, so a
 * test or an installation can switch a job off with "-".
 */
@Component
class QaJobs {

    private final Escalation escalation;
    private final GuidanceReview guidanceReview;

    QaJobs(Escalation escalation, GuidanceReview guidanceReview) {
        this.escalation = escalation;
        this.guidanceReview = guidanceReview;
    }

    @Scheduled(cron = "${portal.qa.escalation-cron:0 */10 * * * *}", zone = dk.sambo.portal.shared.PortalTimeZone.PLACEHOLDER)
    @SchedulerLock(name = "qa-escalation", lockAtMostFor = "PT9M", lockAtLeastFor = "PT30S")
    public void escalate() {
        escalation.escalateOverdue();
    }

    @Scheduled(cron = "${portal.qa.guidance-review-cron:0 30 6 * * *}", zone = dk.sambo.portal.shared.PortalTimeZone.PLACEHOLDER)
    @SchedulerLock(name = "qa-guidance-review", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void flagGuidanceForReview() {
        guidanceReview.flagDueForReview();
    }
}
