package dk.sambo.portal.training.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.notification.Notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds participants with a seat a configurable number of days before a session
 * ({@code portal.training.reminder-days}, default 2). Goes through {@link Notifications}, so people get it in the
 * bell and by e-mail. Each sign-up is reminded once; the job runs hourly and, with several portal nodes, on one
 * node at a time (ShedLock).
 */
@Component
class TrainingReminders {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingReminders.class);

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Notifications notifications;
    private final Clock clock;
    private final int daysBefore;

    TrainingReminders(TrainingSessionRepository sessions, RegistrationRepository registrations,
            Notifications notifications, Clock clock, @Value("${portal.training.reminder-days:2}") int daysBefore) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.notifications = notifications;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${portal.training.reminder-cron:0 5 * * * *}", zone = dk.sambo.portal.shared.PortalTimeZone.PLACEHOLDER)
    @SchedulerLock(name = "training-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void scheduled() {
        int sent = sendDueReminders();
        if (sent > 0) {
            LOG.info("Sent {} training reminders", sent);
        }
    }

    /** Sends every reminder now due; returns how many. */
    @Transactional
    int sendDueReminders() {
        var now = clock.instant();
        int sent = 0;
        for (var r : registrations.dueForReminder(now, now.plus(Duration.ofDays(daysBefore)))) {
            var session = sessions.findById(r.getSessionId()).orElseThrow();
            var where = session.getPlace() != null ? session.getPlace()
                    : session.getOnlineLink() != null ? session.getOnlineLink() : "";
            notifications.send(r.getPersonId(), "training.notify.reminder",
                    List.of(session.getTitle(), SessionNews.when(session.getStart()), where),
                    SessionNews.LINK_PREFIX + session.id(), "TrainingSession", session.id());
            r.reminded(now);
            sent++;
        }
        return sent;
    }
}
