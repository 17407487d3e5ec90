package dk.sambo.portal.training.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.training.domain.SessionInfo;

/** The session page's details card: when, where, for whom, by whom. Reads only. */
class SessionDetails extends Div {

    SessionDetails(SessionInfo session) {
        addClassName("card");
        add(new H2(getTranslation("training.session.details")));
        var when = TrainingFormats.range(session.start(), session.end(), getLocale());
        add(field("training.session.when", when));
        if (session.place() != null) {
            add(field("training.session.place", session.place()));
        }
        if (session.onlineLink() != null) {
            var link = new Anchor(session.onlineLink(), session.onlineLink(), AnchorTarget.BLANK);
            add(field("training.session.online", link));
        }
        add(field("training.session.scope", getTranslation("training.scope." + session.scope().name()) + ": "
                + session.scopeName()));
        add(field("training.session.audience", session.audiences().stream().sorted()
                .map(a -> getTranslation("training.audience." + a.name())).collect(Collectors.joining(", "))));
        add(field("training.session.organisers", session.organisers().stream()
                .map(p -> p.name() + (p.organisationName() == null ? "" : " (" + p.organisationName() + ")"))
                .collect(Collectors.joining(", "))));
        add(field("training.session.deadline", Formats.dateTime(session.signupDeadline(), getLocale())));
        if (session.approvalRequired()) {
            add(new Paragraph(getTranslation("training.session.approval-required")));
        }
        if (session.description() != null) {
            var description = new Paragraph(session.description());
            description.addClassName("session-description");
            add(description);
        }
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
}
