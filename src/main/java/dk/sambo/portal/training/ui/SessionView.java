package dk.sambo.portal.training.ui;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.training.AttendanceStatus;
import dk.sambo.portal.training.CalendarFiles;
import dk.sambo.portal.training.MyRegistration;
import dk.sambo.portal.training.Participant;
import dk.sambo.portal.training.RegistrationStatus;
import dk.sambo.portal.training.SessionInfo;
import dk.sambo.portal.training.TrainingCalendar;
import dk.sambo.portal.training.TrainingException;
import dk.sambo.portal.shared.ui.Formats;

/**
 * One session: what, when, where, for whom, seats left; sign up or cancel (with a warning for overlapping
 * sign-ups); the reader's place on the waitlist; an .ics download. Organisers also see the participants, mark
 * attendance (one click for "all attended"), edit and cancel the session.
 */
@Route("kalender/aktivitet")
@PermitAll
@StyleSheet("./assets/training.css")
class SessionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TrainingCalendar calendar;
    private final CalendarFiles files;
    private final AuditLog audit;
    private SessionInfo session;
    private java.util.List<Participant> shownParticipants = java.util.List.of();

    SessionView(TrainingCalendar calendar, CalendarFiles files, AuditLog audit) {
        this.calendar = calendar;
        this.files = files;
        this.audit = audit;
        addClassName("training-session-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        session = calendar.session(sessionId).orElseThrow(NotFoundException::new);
        render();
        if (session.mayManage()) {
            // The participant list is personal data: one event per opening of the page, naming everyone on it.
            audit.recordRead("participants", "TrainingSession", session.id(),
                    shownParticipants.stream().map(p -> p.person().id()).toList());
        }
    }

    private void render() {
        removeAll();
        var back = new Anchor("kalender", getTranslation("training.session.back"));
        back.addClassName("back-link");
        var title = new H1(session.title());
        var badge = new Span(getTranslation("training.type." + session.type().name()));
        badge.addClassName("type-badge");
        badge.getStyle().set("background", session.type().colour());
        add(back, badge, title);
        if (session.cancelled()) {
            var cancelled = new Div(getTranslation("training.session.cancelled-banner",
                    Formats.dateTime(session.cancelledAt(), getLocale())));
            cancelled.addClassName("cancelled-banner");
            add(cancelled);
        }
        var columns = new Div(details(), signUp());
        columns.addClassName("session-columns");
        add(columns);
        if (session.mayManage()) {
            add(organiserSection());
        }
    }

    private Component details() {
        var card = new Div();
        card.addClassName("card");
        card.add(new H2(getTranslation("training.session.details")));
        var when = TrainingFormats.range(session.start(), session.end(), getLocale());
        card.add(field("training.session.when", when));
        if (session.place() != null) {
            card.add(field("training.session.place", session.place()));
        }
        if (session.onlineLink() != null) {
            var link = new Anchor(session.onlineLink(), session.onlineLink(), AnchorTarget.BLANK);
            card.add(field("training.session.online", link));
        }
        card.add(field("training.session.scope", getTranslation("training.scope." + session.scope().name()) + ": "
                + session.scopeName()));
        card.add(field("training.session.audience", session.audiences().stream().sorted()
                .map(a -> getTranslation("training.audience." + a.name())).collect(Collectors.joining(", "))));
        card.add(field("training.session.organisers", session.organisers().stream()
                .map(p -> p.name() + (p.organisationName() == null ? "" : " (" + p.organisationName() + ")"))
                .collect(Collectors.joining(", "))));
        card.add(field("training.session.deadline", Formats.dateTime(session.signupDeadline(), getLocale())));
        if (session.approvalRequired()) {
            card.add(new Paragraph(getTranslation("training.session.approval-required")));
        }
        if (session.description() != null) {
            var description = new Paragraph(session.description());
            description.addClassName("session-description");
            card.add(description);
        }
        return card;
    }

    private Component signUp() {
        var card = new Div();
        card.addClassName("card");
        card.addClassName("signup-card");
        card.add(new H2(getTranslation("training.session.seats")));
        var seats = new Div(new Span(getTranslation("training.session.seats-left", session.seatsLeft(),
                session.capacity())));
        seats.addClassName("seats-left");
        card.add(seats);
        if (session.started() && !session.cancelled()) {
            var held = new Paragraph(getTranslation("training.session.held", session.attended(), session.approved()));
            held.addClassName("held-summary");
            card.add(held);
        }
        if (session.waitlisted() > 0 && !session.started()) {
            card.add(new Paragraph(getTranslation("training.session.waitlist-count", session.waitlisted())));
        }
        var mine = calendar.myRegistration(session.id()).orElse(null);
        var status = new Div();
        status.addClassName("my-status");
        if (mine != null) {
            status.setText(statusText(mine));
            card.add(status);
            if (!mine.overlapping().isEmpty() && mine.status().active()) {
                var warning = new Paragraph(getTranslation("training.session.overlap-warning",
                        String.join("; ", mine.overlapping())));
                warning.addClassName("overlap-warning");
                card.add(warning);
            }
        }
        boolean active = mine != null && mine.status().active();
        if (!active && session.signUpOpen() && (mine == null || mine.status() != RegistrationStatus.REJECTED)) {
            if (session.inScope()) {
                if (!session.inAudience()) {
                    var hint = new Paragraph(getTranslation("training.session.not-in-audience"));
                    hint.addClassName("audience-hint");
                    card.add(hint);
                }
                var button = new Button(session.seatsLeft() > 0 || session.approvalRequired()
                        ? getTranslation("training.session.sign-up") : getTranslation("training.session.join-waitlist"),
                        VaadinIcon.CHECK.create(), e -> confirmSignUp());
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.addClassName("sign-up");
                card.add(button);
            } else {
                card.add(new Paragraph(getTranslation("training.session.not-in-scope")));
            }
        } else if (active && !session.started() && !session.cancelled()) {
            var cancel = new Button(getTranslation("training.session.cancel-sign-up"), VaadinIcon.CLOSE.create(),
                    e -> {
                        run(() -> calendar.cancelSignUp(session.id()), "training.session.cancelled-sign-up");
                    });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClassName("cancel-sign-up");
            card.add(cancel);
        } else if (!session.signUpOpen() && mine == null && !session.cancelled()) {
            card.add(new Paragraph(getTranslation("training.session.sign-up-closed")));
        }
        var ics = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = files.sessionFile(session.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), CalendarFiles.fileName(session.id()),
                    "text/calendar", bytes.length);
        }), getTranslation("training.session.ics"));
        ics.addClassName("ics-download");
        card.add(new Div(ics));
        return card;
    }

    private String statusText(MyRegistration mine) {
        return switch (mine.status()) {
            case APPROVED -> mine.attendance() == null ? getTranslation("training.my.APPROVED")
                    : getTranslation("training.my.attended", getTranslation("training.attendance."
                            + mine.attendance().name()));
            case WAITLISTED -> getTranslation("training.my.WAITLISTED", mine.waitlistPosition());
            default -> getTranslation("training.my." + mine.status().name());
        };
    }

    private void confirmSignUp() {
        var overlaps = calendar.overlappingSignUps(session.id());
        if (overlaps.isEmpty()) {
            doSignUp();
            return;
        }
        var dialog = new ConfirmDialog(getTranslation("training.session.overlap-title"),
                getTranslation("training.session.overlap-warning", String.join("; ", overlaps)),
                getTranslation("training.session.sign-up-anyway"), e -> doSignUp());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("training.action.cancel"));
        dialog.open();
    }

    private void doSignUp() {
        try {
            var result = calendar.signUp(session.id());
            toast(statusText(result), false);
            refresh();
        } catch (TrainingException e) {
            toast(getTranslation(e.messageKey(), e.params()), true);
        }
    }

    private Component organiserSection() {
        var section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("organiser-section");
        section.add(new H2(getTranslation("training.session.participants")));
        var actions = new HorizontalLayout();
        if (!session.cancelled()) {
            var edit = new Button(getTranslation("training.session.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(SessionFormView.class, session.id())));
            edit.addClassName("edit-session");
            actions.add(edit);
        }
        if (session.started() && !session.cancelled()) {
            var all = new Button(getTranslation("training.session.all-attended"), VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> {
                        try {
                            int marked = calendar.markAllAttended(session.id());
                            toast(getTranslation("training.session.marked", marked), false);
                            refresh();
                        } catch (TrainingException ex) {
                            toast(getTranslation(ex.messageKey(), ex.params()), true);
                        }
                    });
            all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            all.addClassName("all-attended");
            actions.add(all);
        }
        if (!session.started() && !session.cancelled()) {
            var cancel = new Button(getTranslation("training.session.cancel-session"), VaadinIcon.BAN.create(),
                    e -> {
                        var dialog = new ConfirmDialog(getTranslation("training.session.cancel-session"),
                                getTranslation("training.session.cancel-confirm", session.approved()
                                        + session.waitlisted() + session.pending()),
                                getTranslation("training.session.cancel-session"), ok -> run(
                                        () -> calendar.cancelSession(session.id()),
                                        "training.session.session-cancelled"));
                        dialog.setConfirmButtonTheme("error primary");
                        dialog.setCancelable(true);
                        dialog.setCancelText(getTranslation("training.action.back"));
                        dialog.open();
                    });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClassName("cancel-session");
            actions.add(cancel);
        }
        section.add(actions);

        var grid = new Grid<Participant>();
        grid.addClassName("participants");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> p.person().name()).setHeader(getTranslation("training.participant.name"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.person().unitName() == null ? "" : p.person().unitName() + ", "
                + p.person().organisationName()).setHeader(getTranslation("training.participant.unit"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.status() == RegistrationStatus.WAITLISTED
                ? getTranslation("training.status.WAITLISTED-n", p.waitlistPosition())
                : getTranslation("training.status." + p.status().name()))
                .setHeader(getTranslation("training.participant.status")).setAutoWidth(true);
        grid.addComponentColumn(this::attendanceCell).setHeader(getTranslation("training.participant.attendance"))
                .setKey("attendance").setAutoWidth(true);
        shownParticipants = calendar.participants(session.id());
        grid.setItems(shownParticipants);
        section.add(grid);
        if (session.approved() + session.waitlisted() + session.pending() == 0) {
            section.add(new Paragraph(getTranslation("training.session.no-participants")));
        }
        return section;
    }

    private Component attendanceCell(Participant p) {
        if (p.status() != RegistrationStatus.APPROVED) {
            return new Span();
        }
        if (!session.started() || session.cancelled()) {
            return new Span(p.attendance() == null ? "" : getTranslation("training.attendance."
                    + p.attendance().name()));
        }
        var select = new Select<AttendanceStatus>();
        select.addClassName("attendance-select");
        select.setItems(AttendanceStatus.values());
        select.setItemLabelGenerator(a -> getTranslation("training.attendance." + a.name()));
        select.setPlaceholder(getTranslation("training.attendance.unmarked"));
        select.setValue(p.attendance());
        select.getElement().setAttribute("aria-label", getTranslation("training.participant.attendance") + " "
                + p.person().name());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                calendar.markAttendance(session.id(), p.person().id(), e.getValue());
            }
        });
        return select;
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            toast(getTranslation(doneKey), false);
            refresh();
        } catch (TrainingException e) {
            toast(getTranslation(e.messageKey(), e.params()), true);
        }
    }

    private void refresh() {
        session = calendar.session(session.id()).orElseThrow();
        render();
    }

    private void toast(String text, boolean error) {
        var n = Notification.show(text, error ? 6000 : 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    private Component field(String labelKey, String value) {
        return field(labelKey, new Span(value));
    }

    private Component field(String labelKey, Component value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        var line = new Div(label, value);
        line.addClassName("field");
        return line;
    }

    @Override
    public String getPageTitle() {
        return session == null ? getTranslation("training.nav.calendar") : session.title();
    }
}
