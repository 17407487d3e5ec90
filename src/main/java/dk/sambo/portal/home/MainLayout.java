package dk.sambo.portal.home;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.Profile;
import dk.sambo.portal.shared.ui.HeaderWidget;
import dk.sambo.portal.shared.ui.LanguageSwitch;

/**
 * The frame around every page. The side navigation lists only the views the person may open: Vaadin's menu
 * configuration already filters by each route's access annotation. Menu titles are translation keys.
 */
@Layout
@PermitAll
// Header widgets come from beans the production bundle scanner cannot see; name their components here.
@Uses(Popover.class)
public class MainLayout extends AppLayout {

    MainLayout(OrganisationService organisation, PersonAccounts accounts, AuthenticationContext authentication,
            List<HeaderWidget> widgets) {
        var profile = organisation.myProfile();
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header(profile, accounts, authentication, widgets));
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
        var who = new Div();
        who.addClassName("header-person");
        var name = new Span(profile.person().name());
        name.addClassName("header-person-name");
        var roles = new Span(profile.grants().stream().map(g -> g.role()).distinct().sorted()
                .map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(", ")));
        roles.addClassName("header-person-roles");
        var place = new Span(profile.person().organisationName() == null ? ""
                : profile.person().organisationName());
        place.addClassName("header-person-place");
        who.add(name, roles, place);

        var bar = new HorizontalLayout();
        bar.addClassName("header-bar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        widgets.stream().sorted(Comparator.comparingInt(HeaderWidget::order)).forEach(w -> bar.add(w.create()));
        bar.add(who, new LanguageSwitch(locale -> accounts.setPreferredLanguage(profile.person().id(),
                locale.getLanguage())));
        var logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");
        bar.add(logout);
        return bar;
    }
}
