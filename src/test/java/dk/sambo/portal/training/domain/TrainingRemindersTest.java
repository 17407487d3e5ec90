package dk.sambo.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.notification.Notifications;
import dk.sambo.portal.organisation.OrganisationService;

/** Reminders go out the configured days before, once per seat, through the notification module. */
@PortalTest
class TrainingRemindersTest {

    @Autowired
    TrainingReminders reminders;
    @Autowired
    SignUps signUps;

    @Autowired
    TrainingSessions trainingSessions;
    @Autowired
    Notifications notifications;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
        clock.reset();
    }

    @Test
    void participants_with_a_seat_are_reminded_once_two_days_before() {
        AuthenticatedAs.login(users, "implementering");
        var data = TrainingFixtures.step2(TrainingFixtures.lillebaelt(organisation), clock.instant(), 1, false);
        var start = clock.instant().plus(Duration.ofDays(5));
        var session = trainingSessions.create(new SessionData(data.type(), data.title(), null, start,
                start.plus(Duration.ofHours(2)), "Kolding", null, data.scope(), data.scopeId(), data.audiences(), 1,
                null, false, java.util.List.of()));
        AuthenticatedAs.login(users, "sygeplejerske");
        signUps.signUp(session.id());
        AuthenticatedAs.login(users, "sygehus");
        signUps.signUp(session.id()); // waitlisted: no seat, no reminder
        AuthenticatedAs.login(users, "sygeplejerske");

        reminders.sendDueReminders();
        assertThat(remindersAbout(session.id())).as("too early").isEmpty();

        clock.set(start.minus(Duration.ofDays(2)).plus(Duration.ofMinutes(1)));
        reminders.sendDueReminders();
        reminders.sendDueReminders();
        assertThat(remindersAbout(session.id())).hasSize(1);
        var reminder = remindersAbout(session.id()).getFirst();
        assertThat(reminder.paramArray()).contains(session.title(), "Kolding");
        assertThat(reminder.getLink()).isEqualTo("kalender/aktivitet/" + session.id());
        AuthenticatedAs.login(users, "sygehus");
        assertThat(remindersAbout(session.id())).isEmpty();
    }

    private java.util.List<dk.sambo.portal.notification.Notification> remindersAbout(long sessionId) {
        return notifications.mine(200).stream().filter(n -> "training.notify.reminder".equals(n.getMessageKey()))
                .filter(n -> Long.valueOf(sessionId).equals(n.getSubjectId())).toList();
    }
}
