package dk.sambo.portal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import dk.sambo.portal.TestClockConfiguration;
import dk.sambo.portal.training.SessionType;

/**
 * The FullCalendar component in a real browser (Debian's Chromium through Playwright) against the portal on a
 * random port with the demo data: it renders in its shadow root, in Danish, with the demo sessions coloured by
 * type, switches to the list view, and a click opens the session. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles({"test", "demo"})
@Import(TestClockConfiguration.class)
class FullCalendarBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    /**
     * Each Spring context with Vaadin installs its own security-context strategy in the static
     * {@code SecurityContextHolder}; this class's own context would otherwise stay installed and the shared
     * portal test context would no longer see its logins. Put back whatever was there before.
     */
    private static final SecurityContextHolderStrategy OUTER_STRATEGY = SecurityContextHolder
            .getContextHolderStrategy();

    @AfterAll
    static void restoreSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(OUTER_STRATEGY);
    }

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM) && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI requires Chromium at " + CHROMIUM);
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void the_calendar_renders_the_demo_sessions_in_danish_coloured_by_type_and_opens_one_on_click()
            throws Exception {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setTimezoneId("Europe/Copenhagen").setLocale("da-DK"));
        var page = context.newPage();
        page.setDefaultTimeout(60_000);
        var base = "http://localhost:" + port;
        page.navigate(base + "/login");
        page.fill("vaadin-login-form input[name=username]", "kulturbaerer");
        page.fill("vaadin-login-form input[name=password]", "demo");
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));

        page.navigate(base + "/kalender");
        // Playwright's CSS selectors pierce the component's shadow root.
        page.waitForSelector("sambo-calendar .fc-daygrid-event");
        var screenshots = Files.createDirectories(Paths.get("target", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("training-calendar-month.png"))
                .setFullPage(true));

        assertThat(page.locator("sambo-calendar .fc-toolbar-title").textContent()).isEqualTo("november 2026");
        assertThat(page.locator("sambo-calendar .fc-col-header-cell").first().textContent()).isEqualTo("man.");
        assertThat(page.locator("sambo-calendar .fc-daygrid-event").count()).isGreaterThanOrEqualTo(3);
        var practice = page.locator("sambo-calendar .sambo-type-practice_training").first();
        assertThat(practice.evaluate("e => getComputedStyle(e).backgroundColor"))
                .isEqualTo(rgb(SessionType.PRACTICE_TRAINING.colour()));
        // The calendar fills its host, seven columns all visible.
        var widths = (String) page.locator("sambo-calendar").evaluate(
                "e => Math.round(e.getBoundingClientRect().width) + ':' + Math.round(e.shadowRoot"
                        + ".querySelector('.fc-daygrid-body').getBoundingClientRect().width)");
        var parts = widths.split(":");
        assertThat(Math.abs(Integer.parseInt(parts[0]) - Integer.parseInt(parts[1]))).isLessThanOrEqualTo(2);

        page.click("sambo-calendar .fc-listMonth-button");
        page.waitForSelector("sambo-calendar .fc-list-event");
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("training-calendar-list.png"))
                .setFullPage(true));
        var title = page.locator("sambo-calendar .fc-list-event-title").first().textContent();

        page.locator("sambo-calendar .fc-list-event-title").first().click();
        page.waitForURL(url -> url.contains("/kalender/aktivitet/"));
        page.waitForSelector("h1");
        assertThat(page.locator("h1").textContent()).isEqualTo(title.replaceFirst(" \\(fuldt\\)$", ""));
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("training-session.png"))
                .setFullPage(true));
        context.close();
    }

    private static String rgb(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        return "rgb(" + r + ", " + g + ", " + b + ")";
    }
}
