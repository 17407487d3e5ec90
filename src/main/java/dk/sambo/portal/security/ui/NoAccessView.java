package dk.sambo.portal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dk.sambo.portal.shared.ui.LanguageSwitch;

/** Shown to someone whose identity provider knows them but the portal does not (yet). */
@Route(value = NoAccessView.PATH, autoLayout = false)
@AnonymousAllowed
public class NoAccessView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "ingen-adgang";

    NoAccessView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var card = new Div();
        card.addClassName("login-card");
        var back = new Anchor(LoginView.PATH, getTranslation("no-access.back"));
        back.setRouterIgnore(true);
        card.add(new H1(getTranslation("no-access.heading")), new Paragraph(getTranslation("no-access.text")),
                new Paragraph(getTranslation("no-access.recorded")), back, new LanguageSwitch());
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("no-access.heading");
    }
}
