package dk.sambo.portal.notification;

/** Fired after a notification is stored, so open browser tabs of the person can update their bell. */
public record NotificationCreated(long notificationId, long personId) {
}
