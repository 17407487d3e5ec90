package dk.sambo.portal.home;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;

import dk.sambo.portal.organisation.Profile;
import dk.sambo.portal.shared.ui.HeaderWidget;
import dk.sambo.portal.shared.ui.LanguageSwitch;

/**
 * The header's right-hand side: the features' widgets (bell, sessions), who is logged in, the language switch and
 * logout. On a window narrower than {@link #NARROW_PX} (phones, tablets upright) the name is shown short and the
 * language switch, logout and the person's roles and place move into one account menu, so the header fits in
 * 360 px. The same two buttons move (there is never a second copy), following the window's width as it changes.
 */
class HeaderBar extends HorizontalLayout {

    /** Below this window width the header collapses; 900 px keeps a 768 px tablet on the compact header too. */
    static final int NARROW_PX = 900;

    private final Div person = new Div();
    private final Div menuDetails = new Div();
    private final LanguageSwitch language;
    private final Button logout;
    private final Button menuButton = new Button(new Icon(VaadinIcon.ELLIPSIS_DOTS_V));
    private final Popover menu = new Popover();
    private Boolean narrow;
    private Registration resize;

    HeaderBar(Profile profile, List<HeaderWidget> widgets, LanguageSwitch language, Button logout) {
        this.language = language;
        this.logout = logout;
        addClassName("header-bar");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        widgets.stream().sorted(Comparator.comparingInt(HeaderWidget::order)).forEach(w -> add(w.create()));

        var name = profile.person().name();
        var roles = profile.grants().stream().map(g -> g.role()).distinct().sorted()
                .map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(", "));
        var place = profile.person().organisationName() == null ? "" : profile.person().organisationName();
        person.addClassName("header-person");
        person.add(span(name, "header-person-name"), span(roles, "header-person-roles"),
                span(place, "header-person-place"));
        person.getElement().setAttribute("title", name);
        add(person);

        menuDetails.addClassName("header-menu-person");
        menuDetails.add(span(name, "header-person-name"), span(roles, "header-person-roles"),
                span(place, "header-person-place"));
        menuButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        menuButton.addClassName("header-menu-button");
        menuButton.setAriaLabel(getTranslation("header.menu"));
        menuButton.setTooltipText(getTranslation("header.menu"));
        menu.setTarget(menuButton);
        menu.setPosition(PopoverPosition.BOTTOM_END);
        menu.addClassName("header-menu");
        menu.setAriaLabel(getTranslation("header.menu"));
        // The popover is never added here: with a target it attaches itself next to it (Vaadin's auto-add), and a
        // popover both added and auto-added cannot be removed again ("Child should have this element as a parent").
        // The menu button stays in the bar and is only shown on narrow windows.
        add(menuButton);
        wide();
    }

    private static Span span(String text, String className) {
        var span = new Span(text);
        span.addClassName(className);
        return span;
    }

    /** Everything in the bar, no account menu. */
    private void wide() {
        menu.close();
        language.removeFromParent();
        logout.removeFromParent();
        menu.removeAll();
        menuButton.setVisible(false);
        removeClassName("narrow");
        add(language, logout);
    }

    /** Short name in the bar; roles, place, language and logout in the account menu. */
    private void compact() {
        language.removeFromParent();
        logout.removeFromParent();
        addClassName("narrow");
        menu.add(menuDetails, language, logout);
        menuButton.setVisible(true);
    }

    void fit(int windowWidth) {
        boolean shouldBeNarrow = windowWidth > 0 && windowWidth < NARROW_PX;
        if (narrow != null && narrow == shouldBeNarrow) {
            return;
        }
        narrow = shouldBeNarrow;
        if (shouldBeNarrow) {
            compact();
        } else {
            wide();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }
}
