package dk.sambo.portal.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.sambo.portal.organisation.PersonAccounts;

/**
 * A screenshot of every screen a person works in, as each role sees it, in Danish and English, on a laptop
 * (1366 px) and a phone (390 px), under {@code target/screenshots/tour-*.png}, and a table of the screens where something
 * reaches past the window's right edge (cut off or scrolled sideways). On demand, for looking at screens after a change (it asserts nothing):
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ScreensTourIT -Dscreens.tour=true}.
 */
@EnabledIfSystemProperty(named = "screens.tour", matches = "true")
class ScreensTourIT extends BrowserTest {

    /** {@code -Dscreens.only=synonymer}: only the routes containing this text (a quick look at one screen). */
    private static final String ONLY = System.getProperty("screens.only", "");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonAccounts accounts;

    @Test
    void every_working_screen_in_both_languages_at_laptop_and_phone_width() {
        long question = jdbc.queryForObject("select min(id) from question", Long.class);
        long session = jdbc.queryForObject("select max(id) from training_session", Long.class);
        long decision = jdbc.queryForObject("select min(id) from spreading_decision", Long.class);
        var tour = Map.of(
                "sygeplejerske", List.of("", "spoergsmaal", "spoergsmaal/" + question, "spoergsmaal/nyt",
                        "mine-sessioner", "kalender/aktivitet/" + session, "min-traening"),
                "kulturbaerer", List.of("", "til-besvarelse", "kalender/rediger", "traeningslog"),
                "leder", List.of("barrierer", "plan", "kalender/godkendelser", "kulturbaerere"),
                "implementering", List.of("", "spredning", "spredning/" + decision, "materialer", "materialer/lancering",
                        "spoergsmaal/synonymer"),
                "admin", List.of("admin/enheder", "admin/personer"),
                "strategisk", List.of("overblik"));
        var sideways = new ArrayList<String>();
        tour.forEach((user, all) -> {
            var routes = all.stream().filter(r -> r.contains(ONLY)).toList();
            if (routes.isEmpty()) {
                return;
            }
            long personId = accounts.byUsername(user).orElseThrow().personId();
            for (var language : List.of("da", "en")) {
                accounts.setPreferredLanguage(personId, language);
                try {
                    browserContext.clearCookies();
                    loginAs(user);
                    for (int width : new int[] {1366, 390}) {
                        page.setViewportSize(width, width == 390 ? 844 : 900);
                        for (var route : routes) {
                            open("/" + route);
                            var name = "tour-" + user + "-" + (route.isEmpty() ? "start" : route.replace('/', '-'))
                                    + "-" + language + "-" + width;
                            screenshot(name);
                            int overflow = ((Number) page.evaluate(
                                    "() => Math.ceil(Math.max(0, ...[...document.querySelectorAll('body *')]"
                                            + ".map(e => e.getBoundingClientRect().right)) - window.innerWidth)")).intValue();
                            if (overflow > 0) {
                                sideways.add(name + " (" + overflow + " px)");
                            }
                        }
                    }
                } finally {
                    accounts.setPreferredLanguage(personId, "da");
                }
            }
        });
        System.out.println("SCREENS TOUR: something reaches past the right edge on " + sideways.size() + " screens");
        sideways.forEach(s -> System.out.println("SCREENS TOUR sideways: " + s));
    }
}
