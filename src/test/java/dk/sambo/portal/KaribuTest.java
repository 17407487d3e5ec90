package dk.sambo.portal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import dk.sambo.portal.shared.i18n.PortalI18NProvider;

import kotlin.jvm.functions.Function0;

/**
 * Base of the Karibu view tests: a mocked Vaadin UI over the real Spring context and demo data. {@link #login}
 * logs in a demo account exactly as the login page would (the real user-details service), so views and services
 * see a real portal principal.
 */
@PortalTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    /**
     * Karibu's discovery finds only public route classes; the portal's views are package-private (views are an
     * implementation detail of their feature), so add every {@code @Route} class found by Spring's scanner.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var routes = new Routes().autoDiscoverViews("dk.sambo.portal");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("dk.sambo.portal")) {
            try {
                routes.getRoutes().add((Class<? extends Component>) Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected UserDetailsService userDetailsService;

    @Autowired
    protected TestClock clock;

    @BeforeEach
    void setUpVaadin() {
        clock.reset();
        startVaadin();
        // Karibu builds its session by hand, without the portal's session-init listener that makes Danish the
        // default (the browser test checks that listener); set the same default here.
        VaadinSession.getCurrent().setLocale(PortalI18NProvider.DANISH);
        UI.getCurrent().setLocale(PortalI18NProvider.DANISH);
    }

    private void startVaadin() {
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /**
     * A new page load in the browser, as after the login form: a new Vaadin session and UI (Danish), logged out.
     * Vaadin reuses a route's view and layout when a navigation leads to the route already shown, so a test that
     * shows one person's page and then another person's calls this between them.
     */
    protected void newPage() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
        startVaadin();
        VaadinSession.getCurrent().setLocale(PortalI18NProvider.DANISH);
        UI.getCurrent().setLocale(PortalI18NProvider.DANISH);
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
        clock.reset();
    }

    /** Logs in a demo account by username (see README) and returns its roles. */
    protected Set<String> login(String username) {
        var user = userDetailsService.loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
        var request = (com.github.mvysny.fakeservlet.FakeRequest) VaadinServletRequest.getCurrent()
                .getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
        return roles;
    }

    /**
     * Ends the HTTP request the test runs in and starts the next, as the browser's next round trip would. Spring's
     * test runner gives a test method one mock request for its whole run, so whatever is kept per request (the
     * person's grants, {@code GrantsOfTheRequest}) would otherwise outlive many round trips; a test that counts
     * what a round trip costs calls this before it.
     */
    protected static void nextRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes ended) {
            ended.requestCompleted();
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    /** Navigates to a path, as a click on a link would. */
    protected void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    protected static List<String> lines(String... lines) {
        return List.of(lines);
    }
}
