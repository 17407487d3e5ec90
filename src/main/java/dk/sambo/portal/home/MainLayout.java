package dk.sambo.portal.home;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.Profile;
import dk.sambo.portal.shared.ui.HeaderWidget;
import dk.sambo.portal.shared.ui.LanguageSwitch;
import dk.sambo.portal.shared.ui.PageFocus;

/**
 * The frame around every page. The side navigation lists only the views the person may open: Vaadin's menu
 * configuration already filters by each route's access annotation. Menu titles are translation keys.
 */
@Layout
@PermitAll
// Header widgets come from beans the production bundle scanner cannot see; name their components here.
@Uses(Popover.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    MainLayout(OrganisationService organisation, PersonAccounts accounts, AuthenticationContext authentication,
            List<HeaderWidget> widgets) {
        var profile = organisation.myProfile();
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("a11y.menu-toggle"));
        addToNavbar(skipLink(), toggle, header(profile, accounts, authentication, widgets));
        addToDrawer(brand(), navigation());
    }

    private Component brand() {
        var brand = new Div();
        brand.addClassName("brand");
        var name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        brand.add(name, tagline);
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().stream()
                .sorted(Comparator.comparing(e -> e.order() == null ? Double.MAX_VALUE : e.order()))
                .forEach(entry -> {
                    var item = new SideNavItem(getTranslation(entry.title()), entry.path());
                    if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                        item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
                    }
                    nav.addItem(item);
                });
        return nav;
    }

    private Component header(Profile profile, PersonAccounts accounts, AuthenticationContext authentication,
            List<HeaderWidget> widgets) {
        var language = new LanguageSwitch(locale -> accounts.setPreferredLanguage(profile.person().id(),
                locale.getLanguage()));
        var logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");
        return new HeaderBar(profile, widgets, language, logout);
    }

    /**
     * The first thing a keyboard reaches: a link past the header and menu to the page's content (WCAG 2.4.1). It
     * moves focus to the page heading itself, since the router would treat a plain "#" link as a navigation.
     */
    private Component skipLink() {
        var skip = new Anchor("#" + PageFocus.CONTENT_ID, getTranslation("a11y.skip-to-content"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().addEventListener("click", e -> PageFocus.focusHeading()).preventDefault();
        return skip;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // After every navigation focus goes to the new page's heading, not to <body> (issue 14).
        var content = getContent();
        if (content != null && content.getId().isEmpty()) {
            content.setId(PageFocus.CONTENT_ID);
        }
        PageFocus.focusHeading();
    }
}
