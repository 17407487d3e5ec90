/**
 * Telling people what concerns them: in-portal notifications behind the bell in the header, and e-mail
 * (immediately or as a daily digest, as each person chooses). Features call {@link Notifications#send}.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.notification;
