package dk.sambo.portal.training.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import dk.sambo.portal.shared.ui.Confirm;
import dk.sambo.portal.training.domain.Attendance;
import dk.sambo.portal.training.domain.AttendanceStatus;
import dk.sambo.portal.training.domain.Participant;
import dk.sambo.portal.training.domain.RegistrationStatus;
import dk.sambo.portal.training.domain.SessionInfo;
import dk.sambo.portal.training.domain.TrainingSessions;

/** The organisers' part of the session page: edit, cancel, "all attended", and the participant list. */
class OrganiserSection extends VerticalLayout {

    private final SessionInfo session;
    private final Attendance attendance;
    private final List<Participant> participants;

    OrganiserSection(SessionInfo session, Attendance attendance, TrainingSessions sessions, SessionPage page) {
        this.session = session;
        this.attendance = attendance;
        setPadding(false);
        addClassName("organiser-section");
        add(new H2(getTranslation("training.session.participants")));
        var actions = new HorizontalLayout();
        if (!session.cancelled()) {
            var edit = new Button(getTranslation("training.session.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(SessionFormView.class, session.id())));
            edit.addClassName("edit-session");
            actions.add(edit);
        }
        if (session.started() && !session.cancelled()) {
            var all = new Button(getTranslation("training.session.all-attended"), VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> page.change(() -> getTranslation("training.session.marked",
                            attendance.markAllAttended(session.id()))));
            all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            all.addClassName("all-attended");
            actions.add(all);
        }
        if (!session.started() && !session.cancelled()) {
            var cancel = new Button(getTranslation("training.session.cancel-session"), VaadinIcon.BAN.create(),
                    e -> confirmCancel(sessions, page));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClassName("cancel-session");
            actions.add(cancel);
        }
        add(actions);
        participants = attendance.participants(session.id());
        add(grid());
        if (session.approved() + session.waitlisted() + session.pending() == 0) {
            add(new Paragraph(getTranslation("training.session.no-participants")));
        }
    }

    /** The people listed: the page records one read of their personal data per opening. */
    List<Participant> participants() {
        return participants;
    }

    private void confirmCancel(TrainingSessions sessions, SessionPage page) {
        Confirm.askDestructive(this, getTranslation("training.session.cancel-session"),
                getTranslation("training.session.cancel-confirm", session.approved() + session.waitlisted()
                        + session.pending()),
                getTranslation("training.session.cancel-session"), () -> page.change(() -> {
                    sessions.cancelSession(session.id());
                    return getTranslation("training.session.session-cancelled");
                }));
    }

    private Grid<Participant> grid() {
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
        grid.setItems(participants);
        return grid;
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
                attendance.markAttendance(session.id(), p.person().id(), e.getValue());
            }
        });
        return select;
    }
}
