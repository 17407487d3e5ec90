package dk.sambo.portal.home;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dk.sambo.portal.shared.privacy.LogRedaction;

/**
 * A page whose service refused the person (a role that may not create a spreading decision opening
 * {@code /spredning/ny}, a question outside their scope): the same "Siden findes ikke" as a page that does not
 * exist, so nothing leaks, instead of the error page. A refusal is not a fault: logged at INFO, no stack trace.
 */
@AnonymousAllowed
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private static final Logger LOG = LoggerFactory.getLogger(AccessDeniedView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        LOG.info("Access refused on {}: {}", LogRedaction.redact(event.getLocation().getPath()),
                LogRedaction.redact(parameter.getException().getMessage()));
        addClassName("error-view");
        addClassName("not-found-view");
        add(new H1(getTranslation("not-found.heading")), new Paragraph(getTranslation("not-found.text")),
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
