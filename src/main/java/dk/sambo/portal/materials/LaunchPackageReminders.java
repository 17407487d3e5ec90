package dk.sambo.portal.materials;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.shared.scheduling.SystemTask;

/**
 * Reminds the leaders of organisations that have not confirmed the launch package's cascade: forwarded at least
 * {@code portal.materials.launch-reminder-after-days} days ago (default 14), not passed on locally, and not reminded
 * in the last {@code portal.materials.launch-reminder-interval-days} days (default 7; {@code last_reminded_at}, also
 * stamped by a reminder by hand). An organisation that has not confirmed receipt is asked to; one that has is asked
 * to pass it on. Daily, on one node at a time (ShedLock), through the bell and e-mail.
 */
@Component
class LaunchPackageReminders {

    private static final Logger LOG = LoggerFactory.getLogger(LaunchPackageReminders.class);

    private final LaunchCascadeRepository rows;
    private final LaunchCascadeNotices notices;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration after;
    private final Duration interval;

    LaunchPackageReminders(LaunchCascadeRepository rows, LaunchCascadeNotices notices, TransactionTemplate transactions,
            Clock clock, @Value("${portal.materials.launch-reminder-after-days:14}") int afterDays,
            @Value("${portal.materials.launch-reminder-interval-days:7}") int intervalDays) {
        this.rows = rows;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
        this.after = Duration.ofDays(afterDays);
        this.interval = Duration.ofDays(intervalDays);
    }

    @Scheduled(cron = "${portal.materials.launch-reminder-cron:0 20 8 * * *}",
            zone = dk.sambo.portal.shared.PortalTimeZone.PLACEHOLDER)
    @SchedulerLock(name = "launch-package-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void scheduled() {
        int sent = sendDueReminders();
        if (sent > 0) {
            LOG.info("Reminded {} organisations of the launch package", sent);
        }
    }

    /** Reminds every organisation now due; returns how many organisations (rows) were reminded. */
    int sendDueReminders() {
        return SystemTask.run(() -> transactions.execute(status -> {
            var now = clock.instant();
            int reminded = 0;
            for (var row : rows.dueForReminder(now.minus(after), now.minus(interval))) {
                notices.remind(row, "scheduled");
                reminded++;
            }
            return reminded;
        }));
    }
}
