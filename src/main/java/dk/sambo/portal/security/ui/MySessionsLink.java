package dk.sambo.portal.security.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

import dk.sambo.portal.shared.ui.HeaderWidget;

/** The header's link to the person's own sessions ({@link MySessionsView}), on every page of the main layout. */
@Component
class MySessionsLink implements HeaderWidget {

    @Override
    public com.vaadin.flow.component.Component create() {
        var link = new RouterLink(MySessionsView.class);
        link.add(VaadinIcon.LAPTOP.create());
        var label = com.vaadin.flow.i18n.I18NProvider.translate("sessions.header.link");
        link.getElement().setAttribute("aria-label", label);
        link.getElement().setAttribute("title", label);
        link.addClassName("my-sessions-link");
        return link;
    }

    @Override
    public int order() {
        return 50;
    }
}
