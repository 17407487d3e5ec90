package dk.sambo.portal.training.ui;

import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.training.domain.Attendance;
import dk.sambo.portal.training.domain.CalendarFiles;
import dk.sambo.portal.training.domain.Participant;
import dk.sambo.portal.training.domain.SessionInfo;
import dk.sambo.portal.training.domain.SignUps;
import dk.sambo.portal.training.domain.TrainingCalendar;
import dk.sambo.portal.training.domain.TrainingSessions;

/**
 * One session: what, when, where, for whom, seats left ({@link SessionDetails}); sign up or cancel, with a warning
 * for overlapping sign-ups, the reader's place on the waitlist and an .ics download ({@link SignUpCard}).
 * Organisers also see the participants, mark attendance, edit and cancel the session ({@link OrganiserSection}).
 */
@Route("kalender/aktivitet")
@PermitAll
@StyleSheet("./assets/training.css")
class SessionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, SessionPage {

    private final TrainingCalendar calendar;
    private final TrainingSessions sessions;
    private final SignUps signUps;
    private final Attendance attendance;
    private final CalendarFiles files;
    private final AuditLog audit;
    private @Nullable SessionInfo session;

    SessionView(TrainingCalendar calendar, TrainingSessions sessions, SignUps signUps, Attendance attendance,
            CalendarFiles files, AuditLog audit) {
        this.calendar = calendar;
        this.sessions = sessions;
        this.signUps = signUps;
        this.attendance = attendance;
        this.files = files;
        this.audit = audit;
        addClassName("training-session-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        session = calendar.session(sessionId).orElseThrow(NotFoundException::new);
        var shown = render(session);
        if (session.mayManage()) {
            // The participant list is personal data: one event per opening of the page, naming everyone on it.
            audit.recordRead("participants", "TrainingSession", session.id(),
                    shown.stream().map(p -> p.person().id()).toList());
        }
    }

    /** Draws the page; returns the participants shown to an organiser (empty for everyone else). */
    private List<Participant> render(SessionInfo shown) {
        removeAll();
        var back = new Anchor("kalender", getTranslation("training.session.back"));
        back.addClassName("back-link");
        var badge = new Span(getTranslation("training.type." + shown.type().name()));
        badge.addClassName("type-badge");
        badge.getStyle().set("background", shown.type().colour());
        add(back, badge, new H1(shown.title()));
        if (shown.cancelled()) {
            var cancelled = new Div(getTranslation("training.session.cancelled-banner",
                    Formats.dateTime(shown.cancelledAt(), getLocale())));
            cancelled.addClassName("cancelled-banner");
            add(cancelled);
        }
        var columns = new Div(new SessionDetails(shown), new SignUpCard(shown, signUps, files, this));
        columns.addClassName("session-columns");
        add(columns);
        if (!shown.mayManage()) {
            return List.of();
        }
        var organiser = new OrganiserSection(shown, attendance, sessions, this);
        add(organiser);
        return organiser.participants();
    }

    @Override
    public void change(Supplier<String> change) {
        var done = new String[1];
        if (Feedback.attempt(this, () -> done[0] = change.get())) {
            Feedback.success(done[0]);
            session = calendar.session(session.id()).orElseThrow();
            render(session);
        }
    }

    @Override
    public String getPageTitle() {
        return session == null ? getTranslation("training.nav.calendar") : session.title();
    }
}
