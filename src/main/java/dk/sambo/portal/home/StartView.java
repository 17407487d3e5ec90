package dk.sambo.portal.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;

/**
 * "Min side": where everyone lands. Sections come from {@link StartSection} beans of every feature; a person with
 * several roles sees a heading per role, own work first (staff, culture bearer) and oversight later.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.start", icon = "vaadin:home")
@StyleSheet("./assets/roles.css")
class StartView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(StartView.class);

    StartView(OrganisationService organisation, AccessControl access, List<StartSection> sections) {
        addClassNames("start-view", "roles-page");
        var profile = organisation.myProfile();
        add(new H1(getTranslation("start.heading", profile.person().name())));
        var roles = access.roles();
        var top = new ArrayList<StartSection>();
        var byRole = new EnumMap<Role, List<StartSection>>(Role.class);
        for (var section : sections) {
            var group = groupOf(section.roles(), roles);
            if (section.roles().isEmpty()) {
                top.add(section);
            } else if (group != null) {
                byRole.computeIfAbsent(group, r -> new ArrayList<>()).add(section);
            }
        }
        addGroup(null, top);
        byRole.forEach(this::addGroup);
    }

    /** The first role (in enum order) the person holds among the section's roles; null if none. */
    static Role groupOf(Set<Role> sectionRoles, Set<Role> personRoles) {
        for (var role : Role.values()) {
            if (sectionRoles.contains(role) && personRoles.contains(role)) {
                return role;
            }
        }
        return null;
    }

    private void addGroup(Role role, List<StartSection> sections) {
        var cards = new Div();
        cards.addClassName("card-grid");
        sections.stream().sorted(Comparator.comparingInt(StartSection::order)).forEach(section -> {
            try {
                var component = section.create();
                if (component != null) {
                    cards.add(component);
                }
            } catch (RuntimeException e) {
                LOG.warn("Start section {} failed; left out", section.getClass().getSimpleName(), e);
            }
        });
        if (cards.getComponentCount() == 0) {
            return;
        }
        if (role != null) {
            var heading = new H2(getTranslation("start.group." + role.name()));
            heading.addClassName("start-group-heading");
            add(heading);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.start");
    }
}
