package dk.sambo.portal.notification;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** All of a person's notifications, newest first, loaded page by page. */
@Route(NotificationsView.ROUTE)
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "notifikationer";

    NotificationsView(Notifications notifications) {
        setSizeFull();
        var grid = new Grid<Notification>();
        grid.addComponentColumn(n -> entry(this, n, notifications)).setHeader(getTranslation("notification.title"));
        grid.setItems(query -> notifications.mine(query.getOffset(), query.getLimit()).stream(),
                query -> (int) notifications.myCount());
        grid.setEmptyStateText(getTranslation("notification.none"));
        var markAll = new Button(getTranslation("notification.mark-all-read"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        add(new H1(getTranslation("notification.title")), markAll, grid);
        setFlexGrow(1, grid);
    }

    /** One notification as a line: text (a link where it has one), time, unread marker. */
    static Component entry(Component context, Notification n, Notifications notifications) {
        var text = n.isTextRemoved() ? context.getTranslation("notification.text-removed")
                : context.getTranslation(n.getMessageKey(), n.paramArray());
        Component label;
        if (n.getLink() != null) {
            var link = new Anchor(n.getLink(), text);
            link.getElement().addEventListener("click", e -> notifications.markRead(n.id()));
            label = link;
        } else {
            label = new Span(text);
        }
        var when = new Span(NotificationBell.when(n));
        when.addClassName("notification-when");
        var entry = new Div(label, when);
        entry.addClassName("notification-entry");
        if (!n.isRead()) {
            entry.addClassName("unread");
        }
        return entry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
