package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.overview.OverviewService;

/**
 * Issue 15: views are created on every navigation, so no AOP advisor may apply to a route class (method security
 * with JSR-250 on made every {@code @PermitAll}/{@code @RolesAllowed} view a CGLIB proxy and ran advisor matching
 * per navigation). Route access stays with Vaadin's annotations; method security stays on the services.
 */
class ViewsNotProxiedTest extends KaribuTest {

    @Autowired
    List<Advisor> advisors;

    @Autowired
    OverviewService overview;

    @Test
    void no_advisor_of_the_context_applies_to_any_route_class() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = new ArrayList<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("dk.sambo.portal")) {
            routes.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(routes).hasSizeGreaterThan(30);
        assertThat(advisors).as("method security's advisors are in the context").isNotEmpty();
        for (var route : routes) {
            assertThat(AopUtils.findAdvisorsThatCanApply(advisors, route)).as(route.getName()).isEmpty();
        }
    }

    @Test
    void a_view_reached_by_navigation_is_the_view_class_itself_not_a_proxy() {
        login("strategisk");
        for (var path : List.of("", "spoergsmaal", "kalender", "overblik")) {
            navigate(path);
            var view = UI.getCurrent().getCurrentView();
            assertThat(AopUtils.isAopProxy(view)).as(path).isFalse();
            assertThat(view.getClass().getName()).as(path).doesNotContain("$$");
        }
    }

    @Test
    void method_security_on_services_still_refuses_a_role_without_access() {
        login("sygeplejerske");
        assertThatThrownBy(overview::startingPoints).isInstanceOf(AccessDeniedException.class);
        login("strategisk");
        assertThat(overview.startingPoints()).isNotEmpty();
    }
}
