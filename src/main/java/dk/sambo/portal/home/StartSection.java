package dk.sambo.portal.home;

import java.util.Set;

import com.vaadin.flow.component.Component;

import dk.sambo.portal.organisation.Role;

/**
 * A section of the start page ("Min side"). Features contribute sections as Spring beans; the start page shows
 * each section a person's roles allow, once, under the heading of the first of its roles the person holds (roles
 * in {@link Role} order: own work first, oversight later), sorted by {@link #order()} within that heading.
 *
 * <p>{@link #create()} runs in the UI thread for the logged-in person; it reads through the feature's services
 * (which check scope) and should return quickly. Build cards with {@link StartCard} so sections look alike.
 * A section that throws is left out and logged; it never breaks the page.
 */
public interface StartSection {

    /** Roles the section is for. Empty: everyone logged in, shown at the top. */
    Set<Role> roles();

    /** Position under its role heading, lower first. Leave gaps (10, 20, ...) so other features fit between. */
    int order();

    /** A new component for the current person, or {@code null} to show nothing (e.g. nothing to report). */
    Component create();

    /** A section from a function, for features whose sections need no state of their own. */
    static StartSection of(Set<Role> roles, int order, java.util.function.Supplier<Component> create) {
        return new StartSection() {
            @Override
            public Set<Role> roles() {
                return roles;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Component create() {
                return create.get();
            }
        };
    }
}
