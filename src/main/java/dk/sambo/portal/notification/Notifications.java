package dk.sambo.portal.notification;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.CurrentPerson;

/**
 * The one way features tell people things. {@link #send} stores a notification for the bell; e-mail delivery
 * (immediately or as a daily digest, per person) follows the stored notifications, so every feature gets e-mail
 * for free. Reading and marking is always about the logged-in person's own notifications.
 */
@Service
@Transactional
public class Notifications {

    private final NotificationRepository notifications;
    private final CurrentPerson currentPerson;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(NotificationRepository notifications, CurrentPerson currentPerson,
            ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.currentPerson = currentPerson;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Tells a person something. {@code messageKey} is a translation key whose text takes {@code params} as
     * {0}, {1}...; {@code link} a portal path (e.g. "spoergsmaal/42"); subject names the object it is about.
     * Params must not carry patient data (they were checked when the object was stored).
     */
    public void send(long personId, String messageKey, List<String> params, @Nullable String link,
            @Nullable String subjectType, @Nullable Long subjectId) {
        var saved = notifications.save(new Notification(personId, messageKey, params, link, subjectType, subjectId,
                clock.instant()));
        events.publishEvent(new NotificationCreated(saved.id(), personId));
    }

    /** Removes the copied parameters of all notifications about an object, e.g. after redaction. */
    public void wipeTextAbout(String subjectType, long subjectId) {
        notifications.findBySubjectTypeAndSubjectId(subjectType, subjectId).forEach(Notification::wipeParams);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Notification> mine(int limit) {
        return notifications.findByPersonIdOrderByCreatedAtDescIdDesc(currentPerson.requireId(),
                PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Notification> mine(int offset, int limit) {
        return notifications.findByPersonIdOrderByCreatedAtDescIdDesc(currentPerson.requireId(),
                PageRequest.of(offset / limit, limit));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long myCount() {
        return notifications.countByPersonId(currentPerson.requireId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long myUnreadCount() {
        return notifications.countByPersonIdAndReadAtIsNull(currentPerson.requireId());
    }

    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        var me = currentPerson.requireId();
        notifications.findById(notificationId).filter(n -> n.getPersonId() == me)
                .ifPresent(n -> n.markRead(clock.instant()));
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        notifications.markAllRead(currentPerson.requireId(), clock.instant());
    }
}
