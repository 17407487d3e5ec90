package dk.sambo.portal.security.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import dk.sambo.portal.shared.ui.GridCard;
import dk.sambo.portal.shared.ui.ResponsiveGrid;
import dk.sambo.portal.security.OpenSessions;
import dk.sambo.portal.security.OpenSessions.OpenSession;

/**
 * The person's own open sessions on every server (ASVS 5.0 7.5.2): device and browser, when they logged in, when the
 * session was last active and on which server it lives; any other session can be ended, or all others at once, and
 * the current one logged out. Reached from the header's "Mine sessioner" link ({@link MySessionsLink}).
 */
@Route(MySessionsView.ROUTE)
@PermitAll
class MySessionsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "mine-sessioner";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final OpenSessions openSessions;
    private final Clock clock;
    private final Grid<OpenSession> grid = new Grid<>();

    MySessionsView(OpenSessions openSessions, Clock clock, AuthenticationContext authentication) {
        this.openSessions = openSessions;
        this.clock = clock;
        addClassName("my-sessions-view");
        setSizeFull();
        grid.addColumn(s -> s.device().isEmpty() ? getTranslation("sessions.device.unknown") : s.device())
                .setHeader(getTranslation("sessions.column.device")).setKey("device").setAutoWidth(true);
        grid.addColumn(s -> time(s.startedAt())).setHeader(getTranslation("sessions.column.started"))
                .setKey("started");
        grid.addColumn(s -> time(s.lastActiveAt())).setHeader(getTranslation("sessions.column.last-active"))
                .setKey("lastActive");
        grid.addColumn(OpenSession::node).setHeader(getTranslation("sessions.column.node")).setKey("node");
        grid.addComponentColumn(s -> action(s, authentication)).setKey("action").setAutoWidth(true);
        // A phone gets one card per session with the same button (issue 14).
        ResponsiveGrid.cardsWhenNarrow(grid, s -> GridCard.of(
                s.device().isEmpty() ? getTranslation("sessions.device.unknown") : s.device(),
                getTranslation("sessions.column.started") + ": " + time(s.startedAt()),
                getTranslation("sessions.column.last-active") + ": " + time(s.lastActiveAt()),
                getTranslation("sessions.column.node") + ": " + s.node(), action(s, authentication)));
        var endOthers = new Button(getTranslation("sessions.end-all-others"), VaadinIcon.SIGN_OUT.create(), e -> {
            int ended = openSessions.endAllOthers(currentHandle());
            Notification.show(ended == 0 ? getTranslation("sessions.none-others")
                    : getTranslation("sessions.ended-others", ended));
            refresh();
        });
        endOthers.addClassName("end-all-others");
        add(new H1(getTranslation("sessions.title")), new Paragraph(getTranslation("sessions.intro")), endOthers,
                grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(openSessions.mine(currentHandle()));
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(clock.getZone()));
    }

    /** The handle of the session this UI runs in. */
    private static @Nullable String currentHandle() {
        var session = VaadinSession.getCurrent();
        return session != null && session.getSession() instanceof WrappedHttpSession wrapped
                ? OpenSessions.handleOf(wrapped.getHttpSession()) : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title");
    }

    private com.vaadin.flow.component.Component action(OpenSession s, AuthenticationContext authentication) {
        if (s.current()) {
            var logout = new Button(getTranslation("sessions.end-current"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return new VerticalLayout(new Span(getTranslation("sessions.current")), logout);
        }
        var end = new Button(getTranslation("sessions.end"), VaadinIcon.CLOSE_SMALL.create(), e -> {
            openSessions.end(s.handle());
            Notification.show(getTranslation("sessions.ended"));
            refresh();
        });
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.addClassName("end-session");
        return end;
    }
}
