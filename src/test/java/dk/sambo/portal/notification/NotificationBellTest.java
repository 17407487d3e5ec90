package dk.sambo.portal.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.html.Span;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.CurrentPerson;

class NotificationBellTest extends KaribuTest {

    @Autowired
    Notifications notifications;

    @Autowired
    CurrentPerson currentPerson;

    @Test
    void a_new_notification_shows_in_the_bell_and_can_be_marked_read() {
        login("hjemmehjaelper");
        var me = currentPerson.requireId();
        long before = notifications.myUnreadCount();
        notifications.send(me, "notification.title", List.of(), "notifikationer", null, null);
        navigate("");
        var badge = _find(Span.class).stream().filter(s -> s.hasClassName("notification-badge")).findFirst()
                .orElseThrow();
        assertThat(badge.getText()).isEqualTo(Long.toString(before + 1));

        notifications.markAllRead();
        assertThat(notifications.myUnreadCount()).isZero();
    }

    @Test
    void nobody_reads_or_marks_another_persons_notifications() {
        login("hjemmehjaelper");
        var mine = currentPerson.requireId();
        notifications.send(mine, "notification.title", List.of(), null, null, null);
        var id = notifications.mine(1).getFirst().id();

        login("sygeplejerske");
        notifications.markRead(id);
        assertThat(notifications.mine(50)).noneMatch(n -> n.id() == id);

        login("hjemmehjaelper");
        assertThat(notifications.mine(1).getFirst().isRead()).isFalse();
    }
}
