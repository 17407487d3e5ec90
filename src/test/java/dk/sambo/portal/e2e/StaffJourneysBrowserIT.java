package dk.sambo.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;

/**
 * The staff journeys on a phone (390 px) and a laptop (1366 px): ask, answer, sign up, approve, log training. On
 * every screen of each journey the page does not scroll sideways and every visible button lies inside the window
 * and is at least 44 x 44 CSS px (issue 14). Screenshots go to {@code target/screenshots/journey-*.png}; with
 * {@code -Dscreens.update=true} also to the tracked {@code docs/screenshots/journey-*.png} (so an ordinary
 * {@code ./mvnw verify} leaves the clone clean). Runs in every {@code ./mvnw verify} (about 50 s for both widths).
 */
class StaffJourneysBrowserIT extends BrowserTest {

    private static final Path DOCS = Path.of("docs", "screenshots");
    /** {@code -Dscreens.update=true}: refresh the journey pictures in the docs as well. */
    private static final boolean UPDATE_DOCS = Boolean.getBoolean("screens.update");

    /** Every visible button (and button-like control) too small or outside the window, as text. */
    private static final String BAD_BUTTONS = """
            () => {
              const all = [];
              const walk = (root) => root.querySelectorAll('*').forEach(e => {
                if (e.matches('vaadin-button, vaadin-drawer-toggle, vaadin-menu-bar-button, button')) all.push(e);
                if (e.shadowRoot) walk(e.shadowRoot);
              });
              walk(document);
              const bad = [];
              for (const b of all) {
                const r = b.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;          // not shown
                if (getComputedStyle(b).visibility === 'hidden') continue;
                const name = (b.getAttribute('aria-label') || b.textContent || b.className || b.tagName).trim()
                    .replace(/\\s+/g, ' ').slice(0, 40);
                if (r.left < -1 || r.right > window.innerWidth + 1) bad.push(name + ' outside the window at x=' + Math.round(r.left));
                else if (r.width < 43.5 || r.height < 43.5) bad.push(name + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
              }
              return bad;
            }""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    private final List<String> problems = new ArrayList<>();
    private int width;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1366})
    void staff_journeys_fit_the_window_and_every_button_is_reachable_and_big_enough(int width) throws IOException {
        this.width = width;
        page.setViewportSize(width, width == 390 ? 844 : 900);

        // Ask
        loginAs("sygeplejerske");
        open("/spoergsmaal/nyt");
        look("ask-form");
        var title = "Hvem giver besked til hjemmeplejen ved udskrivning en lørdag, set ved " + width + " px?";
        page.locator("vaadin-text-field input").first().fill(title);
        page.locator("vaadin-text-area textarea").first().fill("Borgeren kom hjem uden at hjemmeplejen vidste det.");
        page.locator("vaadin-select").first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Udskrivning")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Stil spørgsmålet")).click();
        page.waitForURL(address -> address.matches(".*/spoergsmaal/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText(title);
        look("asked");

        // Sign up: the first coming session that offers the nurse a sign-up button.
        var sessions = jdbc.queryForList("select id from training_session where starts_at > ? "
                + "and cancelled_at is null order by starts_at", Long.class,
                java.sql.Timestamp.from(clock.instant()));
        boolean signedUp = false;
        for (var id : sessions) {
            open("/kalender/aktivitet/" + id);
            var signUp = page.locator("vaadin-button.sign-up");
            if (signUp.count() > 0 && signUp.first().isVisible() && signUp.first().isEnabled()) {
                look("session");
                signUp.first().click();
                waitForVaadin();
                assertThat(page.locator(".my-status")).isVisible();
                look("signed-up");
                signedUp = true;
                break;
            }
        }
        assertThat(signedUp).as("a session the nurse can sign up for").isTrue();

        // Answer
        browserContext.clearCookies();
        loginAs("kulturbaerer");
        open("/til-besvarelse");
        look("queue");
        page.locator(".qa-view a[href*='spoergsmaal/']").first().click();
        page.waitForURL(address -> address.matches(".*/spoergsmaal/\\d+$"));
        waitForVaadin();
        var answer = page.locator(".qa-answer-form textarea");
        answer.fill("Udskrivende afdeling ringer til hjemmeplejens vagttelefon, også i weekenden.");
        look("answer-form");
        // The form also holds the preview toggle: send with the button that says so.
        page.locator(".qa-answer-form vaadin-button")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Send svar")).first().click();
        waitForVaadin();
        assertThat(page.locator("vaadin-notification-card").first()).isVisible();
        look("answered");

        // Log training
        open("/traeningslog");
        look("training-log");
        page.locator(".quick-log vaadin-radio-button").first().click();
        page.locator(".quick-log vaadin-integer-field input").first().fill("30");
        var headCount = page.locator(".quick-log vaadin-integer-field input").nth(1);
        if (headCount.isEnabled()) {
            headCount.fill("3");
        }
        page.locator("vaadin-button.save-log").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-notification-card").first()).isVisible();
        look("training-logged");

        // Approve
        browserContext.clearCookies();
        loginAs("leder");
        open("/kalender/godkendelser");
        look("approvals");
        var approve = page.locator("vaadin-button.approve").locator("visible=true");
        assertThat(approve.count()).as("a sign-up waiting for the manager").isGreaterThan(0);
        approve.first().click();
        waitForVaadin();
        assertThat(page.locator("vaadin-notification-card").first()).isVisible();
        look("approved");

        assertThat(problems).as("sideways scrolling, or buttons out of reach or under 44 x 44 px, at %d px", width)
                .isEmpty();
    }

    /** Checks the screen as it is now and saves its picture (for the docs too with {@code -Dscreens.update=true}). */
    private void look(String step) throws IOException {
        waitForVaadin();
        int over = ((Number) page.evaluate(Axe.SIDEWAYS)).intValue();
        if (over > 0) {
            problems.add(step + ": the page scrolls sideways by " + over + " px");
        }
        @SuppressWarnings("unchecked")
        var bad = (List<String>) page.evaluate(BAD_BUTTONS);
        bad.forEach(b -> problems.add(step + ": " + b));
        var shot = screenshot("journey-" + step + "-" + width);
        if (!UPDATE_DOCS) {
            return;
        }
        Files.createDirectories(DOCS);
        Files.copy(shot, DOCS.resolve("journey-" + step + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
