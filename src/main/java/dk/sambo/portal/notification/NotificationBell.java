package dk.sambo.portal.notification;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;

import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.shared.ui.HeaderWidget;

/** The bell in the header: unread count, the latest notifications in a popover, live updates by push. */
@Component
class NotificationBell implements HeaderWidget {

    private final Notifications notifications;
    private final NotificationBroadcaster broadcaster;
    private final CurrentPerson currentPerson;

    NotificationBell(Notifications notifications, NotificationBroadcaster broadcaster, CurrentPerson currentPerson) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.currentPerson = currentPerson;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Bell();
    }

    @Override
    public int order() {
        return 10;
    }

    /** One bell per UI. */
    class Bell extends Div {

        private final Button button = new Button(VaadinIcon.BELL.create());
        private final Span badge = new Span();
        private final Div list = new Div();
        private Registration registration;

        Bell() {
            addClassName("notification-bell");
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            badge.addClassName("notification-badge");
            button.setSuffixComponent(badge);
            var popover = new Popover();
            popover.setTarget(button);
            popover.setPosition(PopoverPosition.BOTTOM_END);
            popover.addClassName("notification-popover");
            var all = new Anchor(NotificationsView.ROUTE, getTranslation("notification.all"));
            var markAll = new Button(getTranslation("notification.mark-all-read"), e -> {
                notifications.markAllRead();
                refresh();
            });
            markAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            var settings = new Anchor(NotificationSettingsView.ROUTE, getTranslation("notification.settings.link"));
            var footer = new Div(all, settings, markAll);
            footer.addClassName("notification-footer");
            popover.add(list, footer);
            popover.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    refresh();
                }
            });
            list.addClassName("notification-list");
            add(button, popover);
            refresh();
        }

        void refresh() {
            long unread = notifications.myUnreadCount();
            badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
            badge.setVisible(unread > 0);
            button.setAriaLabel(getTranslation("notification.bell", unread));
            list.removeAll();
            var latest = notifications.mine(8);
            if (latest.isEmpty()) {
                list.add(new Span(getTranslation("notification.none")));
            }
            for (var n : latest) {
                list.add(NotificationsView.entry(this, n, notifications));
            }
        }

        @Override
        protected void onAttach(AttachEvent event) {
            var ui = event.getUI();
            currentPerson.id().ifPresent(id -> registration = broadcaster.register(id,
                    notificationId -> ui.access(this::refresh)));
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (registration != null) {
                registration.remove();
                registration = null;
            }
        }
    }

    static String when(Notification n) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return Formats.dateTime(n.getCreatedAt(), ui == null ? java.util.Locale.of("da") : ui.getLocale());
    }
}
