package dk.sambo.portal.home;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that does not exist, or that the person may not open: the same answer, so nothing leaks. */
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        // Every page has a title, this one too (axe document-title, WCAG 2.4.2).
        return getTranslation("not-found.heading") + " · " + getTranslation("app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("error-view");
        add(new H1(getTranslation("not-found.heading")), new Paragraph(getTranslation("not-found.text")),
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
