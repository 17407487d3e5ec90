package dk.sambo.portal.training.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import dk.sambo.portal.shared.ui.Confirm;
import dk.sambo.portal.training.domain.CalendarFiles;
import dk.sambo.portal.training.domain.MyRegistration;
import dk.sambo.portal.training.domain.RegistrationStatus;
import dk.sambo.portal.training.domain.SessionInfo;
import dk.sambo.portal.training.domain.SignUps;

/** The session page's seats card: seats left, the reader's own sign-up, sign up or cancel, the .ics file. */
class SignUpCard extends Div {

    private final SessionInfo session;
    private final SignUps signUps;
    private final SessionPage page;

    SignUpCard(SessionInfo session, SignUps signUps, CalendarFiles files, SessionPage page) {
        this.session = session;
        this.signUps = signUps;
        this.page = page;
        addClassNames("card", "signup-card");
        add(new H2(getTranslation("training.session.seats")));
        if (!session.started()) {
            // once it has begun, free seats mean nothing: the held summary below says who came
            var seats = new Div(new Span(getTranslation("training.session.seats-left", session.seatsLeft(),
                    session.capacity())));
            seats.addClassName("seats-left");
            add(seats);
        }
        if (session.started() && !session.cancelled()) {
            var held = new Paragraph(getTranslation("training.session.held", session.attended(), session.approved()));
            held.addClassName("held-summary");
            add(held);
        }
        if (session.waitlisted() > 0 && !session.started()) {
            add(new Paragraph(getTranslation("training.session.waitlist-count", session.waitlisted())));
        }
        var mine = signUps.myRegistration(session.id()).orElse(null);
        if (mine != null) {
            var status = new Div(statusText(mine));
            status.addClassName("my-status");
            add(status);
            if (!mine.overlapping().isEmpty() && mine.status().active()) {
                var warning = new Paragraph(getTranslation("training.session.overlap-warning",
                        String.join("; ", mine.overlapping())));
                warning.addClassName("overlap-warning");
                add(warning);
            }
        }
        actions(mine);
        var ics = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = files.sessionFile(session.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), CalendarFiles.fileName(session.id()),
                    "text/calendar", bytes.length);
        }), getTranslation("training.session.ics"));
        ics.addClassName("ics-download");
        add(new Div(ics));
    }

    private void actions(MyRegistration mine) {
        boolean active = mine != null && mine.status().active();
        if (!active && session.signUpOpen() && (mine == null || mine.status() != RegistrationStatus.REJECTED)) {
            if (!session.inScope()) {
                add(new Paragraph(getTranslation("training.session.not-in-scope")));
                return;
            }
            if (!session.inAudience()) {
                var hint = new Paragraph(getTranslation("training.session.not-in-audience"));
                hint.addClassName("audience-hint");
                add(hint);
            }
            var button = new Button(session.seatsLeft() > 0 || session.approvalRequired()
                    ? getTranslation("training.session.sign-up") : getTranslation("training.session.join-waitlist"),
                    VaadinIcon.CHECK.create(), e -> confirmSignUp());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addClassName("sign-up");
            add(button);
        } else if (active && !session.started() && !session.cancelled()) {
            var cancel = new Button(getTranslation("training.session.cancel-sign-up"), VaadinIcon.CLOSE.create(),
                    e -> page.change(() -> {
                        signUps.cancelSignUp(session.id());
                        return getTranslation("training.session.cancelled-sign-up");
                    }));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClassName("cancel-sign-up");
            add(cancel);
        } else if (!session.signUpOpen() && mine == null && !session.cancelled()) {
            add(new Paragraph(getTranslation("training.session.sign-up-closed")));
        }
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
        var overlaps = signUps.overlappingSignUps(session.id());
        if (overlaps.isEmpty()) {
            signUp();
            return;
        }
        Confirm.ask(this, getTranslation("training.session.overlap-title"),
                getTranslation("training.session.overlap-warning", String.join("; ", overlaps)),
                getTranslation("training.session.sign-up-anyway"), this::signUp);
    }

    private void signUp() {
        page.change(() -> statusText(signUps.signUp(session.id())));
    }
}
