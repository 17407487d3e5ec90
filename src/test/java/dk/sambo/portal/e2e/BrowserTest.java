package dk.sambo.portal.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Base of the browser tests: the whole portal on a random port ({@link PortalServerTest}: demo data, local demo
 * login, the test OIDC provider) driven by Playwright in Debian's Chromium. A test class gets a fresh browser
 * context (no cookies, Danish locale, 1366×900) and {@link #page} for every test, and helpers to log in as a demo
 * account, open a route, wait until Vaadin is idle and save a screenshot under {@code target/screenshots/}.
 *
 * <pre>{@code
 * class QuestionsBrowserIT extends BrowserTest {
 *     @Test
 *     void culture_bearer_sees_open_questions() {
 *         loginAs("kulturbaerer");
 *         open("/spoergsmaal");
 *         assertThat(page.locator("h1")).hasText("Tvivlsspørgsmål");   // PlaywrightAssertions: waits, no sleeps
 *         screenshot("questions-culture-bearer");
 *     }
 * }
 * }</pre>
 * Name the class {@code ...IT}: {@code ./mvnw verify} runs it (failsafe), {@code ./mvnw test} does not. Look at
 * the PNGs. Tests share one server and database with every other {@code @PortalServerTest}: create your own data
 * or assert on relative changes, and undo settings you change for a demo account (such as its language).
 *
 * <p>Chromium is {@code /usr/bin/chromium} ({@code apt-get install chromium}) or {@code PORTAL_TEST_CHROMIUM};
 * Playwright never downloads a browser. Without Chromium the tests are skipped, except on CI ({@code CI=true}).
 */
@PortalServerTest
public abstract class BrowserTest {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PORTAL_TEST_CHROMIUM",
            "/usr/bin/chromium"));
    // Headless Chromium as root on a build machine: no sandbox, GPU, QUIC or background traffic. Playwright gives
    // every launch a fresh temporary profile (user-data dir).
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    /** Upper bound for one wait (server round trip, page load); generous for a loaded 2-core build machine. */
    private static final double WAIT_MS = 60_000;
    private static final String VAADIN_IDLE = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!clients || Object.keys(clients).length === 0) return false;
              return Object.values(clients).every(c => typeof c.isActive !== 'function' || !c.isActive());
            }""";

    private static final int MAX_SCREENSHOT_HEIGHT = 6_000;
    /** The window height at which nothing scrolls any more: the largest overflow of any scrolling element. */
    private static final String FULL_HEIGHT = """
            () => {
              const all = [document.scrollingElement, ...document.querySelectorAll('vaadin-app-layout, *')];
              const roots = document.querySelector('vaadin-app-layout')?.shadowRoot;
              if (roots) all.push(...roots.querySelectorAll('*'));
              let extra = 0;
              for (const e of all) {
                if (e && e.scrollHeight > e.clientHeight + 1) extra = Math.max(extra, e.scrollHeight - e.clientHeight);
              }
              return window.innerHeight + extra;
            }""";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;

    /** Content-Security-Policy violations reported in this test's page (Chromium's console and the DOM event). */
    protected final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Set by a test that provokes violations on purpose (e.g. an injected script); otherwise any fails it. */
    protected boolean cspViolationsExpected;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            var message = "No Chromium at " + CHROMIUM + " (apt-get install chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI requires the browser tests: " + message);
            }
            Assumptions.abort(message);
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openBrowserContext() {
        browserContext = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 900)
                .setLocale("da-DK")
                .setTimezoneId(browserTimeZone()));
        browserContext.setDefaultTimeout(WAIT_MS);
        // Waiting assertions (hasURL, hasText, ...) get the same patience as actions: a shared 2-core CI machine
        // can take more than Playwright's default 5 s to render a page; they still fail when the state never comes.
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MS);
        browserContext.setDefaultNavigationTimeout(WAIT_MS);
        // Every page a browser test opens runs under the portal's Content-Security-Policy: collect what it refuses
        // (issue 10). The init script is injected by Playwright and is not itself subject to the policy.
        browserContext.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        page = browserContext.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
    }

    /** The browser's time zone; a test of what people elsewhere see overrides it (the portal's stays Danish). */
    protected String browserTimeZone() {
        return "Europe/Copenhagen";
    }

    @AfterEach
    void closeBrowserContext() {
        if (browserContext != null) {
            browserContext.close();
        }
        if (!cspViolationsExpected && !cspViolations.isEmpty()) {
            throw new AssertionError("The page broke the Content-Security-Policy: " + cspViolations);
        }
    }

    /** The portal's address for a path ("/", "/admin/personer"), on 127.0.0.1 like {@link PortalHttp}. */
    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Opens a route and waits until Vaadin has rendered it. */
    protected void open(String path) {
        page.navigate(url(path));
        waitForVaadin();
    }

    /** Logs in a demo account (password "demo") through the real login form; lands on the start page. */
    protected void loginAs(String username) {
        loginAs(username, "demo");
    }

    protected void loginAs(String username, String password) {
        open("/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(address -> !address.contains("/login"));
        waitForVaadin();
    }

    /** Waits until Vaadin has no server round trip in flight (the page shows what the server decided). */
    protected void waitForVaadin() {
        page.waitForFunction(VAADIN_IDLE);
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png} once Vaadin and fonts are ready. */
    protected Path screenshot(String name) {
        waitForVaadin();
        page.evaluate("() => document.fonts.ready.then(() => true)");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var path = SCREENSHOTS.resolve(name + ".png");
        // The app layout scrolls inside its content area, not the document, so a "full page" screenshot would
        // stop at the window: make the window as tall as the tallest scrolled content for the picture.
        var viewport = page.viewportSize();
        int height = ((Number) page.evaluate(FULL_HEIGHT)).intValue();
        if (height > viewport.height) {
            page.setViewportSize(viewport.width, Math.min(height, MAX_SCREENSHOT_HEIGHT));
            waitForVaadin();
        }
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true).setAnimations(
                    com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
        } finally {
            if (height > viewport.height) {
                page.setViewportSize(viewport.width, viewport.height);
            }
        }
        return path;
    }
}
