package dk.sambo.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.sambo.portal.organisation.PersonAccounts;

/**
 * axe-core (WCAG 2.1 A and AA rules) on the portal's pages in Danish and English, at 1366 and 390 px, in one browser
 * against one portal; and on the same walk no page may scroll sideways. Fails on any violation and lists them all,
 * page by page.
 *
 * <p>Every {@code ./mvnw verify} runs the front-line staff member's pages (her menu, a question, the question form,
 * a training session, her sessions, notifications, a page that does not exist, and the login page). The whole
 * matrix, every route that any role reaches from its menu, runs on demand ({@code -Da11y.axe=true}, 144 page checks, 6-12 min on 2 cores).
 */
class AccessibilityBrowserIT extends BrowserTest {

    /** Roles whose menus together reach every working screen; each route is checked once, as the first of them. */
    private static final List<String> ROLES = List.of("sygeplejerske", "kulturbaerer", "leder", "implementering",
            "region", "admin", "strategisk");

    private static final String NOT_FOUND = "findes-ikke";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonAccounts accounts;

    @Test
    void no_wcag_violations_and_no_sideways_scrolling_on_the_staff_members_pages_in_both_languages() {
        walk(routesByRole(List.of("sygeplejerske")), 15);
    }

    @Test
    @EnabledIfSystemProperty(named = "a11y.axe", matches = "true")
    void no_wcag_violations_and_no_sideways_scrolling_on_any_page_in_both_languages_at_1366_and_390_px() {
        walk(routesByRole(ROLES), 40);
    }

    private void walk(Map<String, List<String>> routesByRole, int atLeast) {
        var violations = new ArrayList<String>();
        var sideways = new ArrayList<String>();
        int checked = 0;
        for (var language : List.of("da", "en")) {
            // Before login: the login page itself.
            browserContext.clearCookies();
            page.setViewportSize(1366, 900);
            open("/login");
            if (language.equals("en")) {
                page.locator("vaadin-button.language-switch").click();
                // The switch reloads the page: wait for the English one with its title, not the Danish one leaving.
                page.waitForFunction("() => document.documentElement.lang === 'en' && document.title !== ''");
                waitForVaadin();
            }
            checked += check("login", language, violations, sideways);
            for (var entry : routesByRole.entrySet()) {
                var user = entry.getKey();
                long personId = accounts.byUsername(user).orElseThrow().personId();
                accounts.setPreferredLanguage(personId, language);
                try {
                    browserContext.clearCookies();
                    page.setViewportSize(1366, 900);
                    loginAs(user);
                    for (var route : entry.getValue()) {
                        page.setViewportSize(1366, 900);
                        if (route.equals(NOT_FOUND)) {
                            // A 404 load fails in Playwright; the router's own not-found page is what people see.
                            open("/");
                            // The helper link is removed again, so axe does not judge it (an empty link).
                            page.evaluate("p => { const a = document.createElement('a'); a.href = p; "
                                    + "a.textContent = p; document.body.appendChild(a); a.click(); a.remove(); }",
                                    NOT_FOUND);
                            page.waitForURL(address -> address.endsWith(NOT_FOUND));
                            waitForVaadin();
                        } else {
                            open("/" + route);
                        }
                        checked += check(user + " /" + route, language, violations, sideways);
                    }
                } finally {
                    accounts.setPreferredLanguage(personId, "da");
                }
            }
        }
        System.out.println("AXE: " + checked + " page checks, " + violations.size() + " violations, "
                + sideways.size() + " pages scrolling sideways");
        sideways.forEach(s -> System.out.println("AXE sideways: " + s));
        assertThat(checked).isGreaterThan(atLeast);
        assertThat(violations).as("WCAG 2.1 A/AA violations found by axe-core").isEmpty();
        assertThat(sideways).as("pages that scroll sideways").isEmpty();
    }

    /** axe and the sideways check at 1366 px, then at 390 px on the same page (the header re-fits on resize). */
    private int check(String where, String language, List<String> violations, List<String> sideways) {
        for (int width : new int[] {1366, 390}) {
            if (width == 390) {
                page.setViewportSize(390, 844);
                page.waitForFunction("() => !!document.querySelector('vaadin-app-layout[overlay]') "
                        + "|| !document.querySelector('vaadin-app-layout')");
                page.waitForTimeout(400); // the resize listener is debounced
                waitForVaadin();
            }
            var label = where + " " + language + " " + width;
            var found = Axe.violations(page).stream().map(v -> label + ": " + v).toList();
            found.forEach(v -> System.out.println("AXE violation: " + v));
            violations.addAll(found);
            int over = ((Number) page.evaluate(Axe.SIDEWAYS)).intValue();
            if (over > 0) {
                sideways.add(label + " (" + over + " px)");
            }
        }
        return 2;
    }

    /** The menu of each role plus the detail pages it works in; every route under the first role that has it. */
    private Map<String, List<String>> routesByRole(List<String> roles) {
        long question = jdbc.queryForObject("select min(id) from question", Long.class);
        long session = jdbc.queryForObject("select max(id) from training_session", Long.class);
        long decision = jdbc.queryForObject("select min(id) from spreading_decision", Long.class);
        var extra = Map.of(
                "sygeplejerske", List.of("spoergsmaal/" + question, "spoergsmaal/nyt", "kalender/aktivitet/" + session,
                        "mine-sessioner", "notifikationer", NOT_FOUND),
                "implementering", List.of("spredning/" + decision));
        var seen = new LinkedHashSet<String>();
        var result = new LinkedHashMap<String, List<String>>();
        for (var user : roles) {
            browserContext.clearCookies();
            loginAs(user);
            var routes = new ArrayList<String>();
            @SuppressWarnings("unchecked")
            var menu = (List<String>) page.evaluate("() => [...document.querySelectorAll('vaadin-side-nav-item')]"
                    + ".map(i => i.getAttribute('path')).filter(p => p !== null)");
            var all = new ArrayList<>(menu);
            all.addAll(extra.getOrDefault(user, List.of()));
            for (var path : all) {
                var route = path.startsWith("/") ? path.substring(1) : path;
                if (seen.add(route)) {
                    routes.add(route);
                }
            }
            result.put(user, routes);
        }
        System.out.println("AXE routes: " + result);
        return result;
    }
}
