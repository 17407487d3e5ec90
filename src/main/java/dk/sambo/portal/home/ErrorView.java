package dk.sambo.portal.home;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dk.sambo.portal.shared.privacy.LogRedaction;

/** A friendly page instead of a stack trace. The error id ties what the person reports to the log line. */
@AnonymousAllowed
class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        // Every page has a title, this one too (axe document-title, WCAG 2.4.2).
        return getTranslation("error.heading") + " · " + getTranslation("app.name");
    }

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Error {} on {}", errorId, LogRedaction.redact(event.getLocation().getPath()),
                LogRedaction.redacted(parameter.getException()));
        addClassName("error-view");
        add(new H1(getTranslation("error.heading")), new Paragraph(getTranslation("error.text")),
                new Paragraph(getTranslation("error.id", errorId)), new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
