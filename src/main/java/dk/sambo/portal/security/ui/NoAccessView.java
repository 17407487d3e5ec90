package dk.sambo.portal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dk.sambo.portal.shared.ui.LanguageSwitch;

/** Shown to someone whose identity provider knows them but the portal does not (yet). */
@Route(value = NoAccessView.PATH, autoLayout = false)
@AnonymousAllowed
public class NoAccessView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String PATH = "ingen-adgang";
    /** Query parameter: the person is known but deactivated; nothing was recorded. */
    public static final String ENDED = "ophoert";

    private final H1 heading = new H1();
    private final Paragraph text = new Paragraph();
    private final Paragraph next = new Paragraph();

    NoAccessView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var card = new Div();
        card.addClassName("login-card");
        var back = new Anchor(LoginView.PATH, getTranslation("no-access.back"));
        back.setRouterIgnore(true);
        card.add(heading, text, next, back, new LanguageSwitch());
        add(card);
        show(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getLocation().getQueryParameters().getParameters().containsKey(ENDED));
    }

    /** Either "not yet" (an access request was recorded) or "no longer" (deactivated: nothing was recorded). */
    private void show(boolean ended) {
        heading.setText(getTranslation(ended ? "no-access.ended.heading" : "no-access.heading"));
        text.setText(getTranslation(ended ? "no-access.ended.text" : "no-access.text"));
        next.setText(getTranslation(ended ? "no-access.ended.contact" : "no-access.recorded"));
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }
}
