package dk.sambo.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.security.ui.LoginView;

/**
 * Every route in the portal, found by scanning, not listed by hand: so a new page cannot slip past. Anonymous
 * visitors reach only the pages marked {@code @AnonymousAllowed}; everything else sends them to the login page.
 * A person who is only staff is denied every page restricted to other roles.
 */
class EveryRouteAccessTest extends KaribuTest {

    @Test
    void every_route_declares_its_access() {
        for (var route : routes()) {
            assertThat(route.isAnnotationPresent(RolesAllowed.class) || route.isAnnotationPresent(PermitAll.class)
                    || route.isAnnotationPresent(AnonymousAllowed.class))
                    .as(route.getName()).isTrue();
        }
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login_from_every_page_that_is_not_public() {
        var checked = new ArrayList<String>();
        for (var route : routes()) {
            if (route.isAnnotationPresent(AnonymousAllowed.class)) {
                continue;
            }
            var path = pathOf(route);
            navigate(path);
            assertThat(UI.getCurrent().getCurrentView()).as(path).isInstanceOf(LoginView.class);
            checked.add(path);
        }
        assertThat(checked).hasSizeGreaterThan(20);
    }

    @Test
    void a_member_of_staff_is_denied_every_page_for_other_roles() {
        var roles = login("hjemmehjaelper");
        assertThat(roles).containsExactly("STAFF");
        var checked = new ArrayList<String>();
        for (var route : routes()) {
            var allowed = route.getAnnotation(RolesAllowed.class);
            if (allowed == null || Arrays.asList(allowed.value()).contains("STAFF")) {
                continue;
            }
            var path = pathOf(route);
            assertThatThrownBy(() -> navigate(path)).as(path).isInstanceOf(MockAccessDeniedException.class);
            checked.add(path);
        }
        assertThat(checked).hasSizeGreaterThan(5);
    }

    /** A concrete path for a route template: parameters (template or URL parameter) get the id 1. */
    private static String pathOf(Class<?> route) {
        var path = route.getAnnotation(Route.class).value().replaceAll(":[A-Za-z]+(\\([^)]*\\))?\\??", "1");
        return HasUrlParameter.class.isAssignableFrom(route) ? path + "/1" : path;
    }

    private static List<Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var result = new ArrayList<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("dk.sambo.portal")) {
            try {
                result.add(Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }
}
