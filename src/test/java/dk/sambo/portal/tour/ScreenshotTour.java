package dk.sambo.portal.tour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A manual tour: screenshots of the role pages and the plan's tools in Danish and English, taken from a running
 * demo (./mvnw spring-boot:run). Run with {@code -Dtest=ScreenshotTour -Dtour.url=http://localhost:8191}; the
 * pictures land in {@code tour.dir} (default /tmp/tour). Skipped in the normal build.
 */
@EnabledIfSystemProperty(named = "tour.url", matches = ".+")
class ScreenshotTour {

    @Test
    void take_screenshots() throws Exception {
        var url = System.getProperty("tour.url");
        var dir = Paths.get(System.getProperty("tour.dir", "/tmp/tour"));
        Files.createDirectories(dir);
        var plan = Map.of(
                "sygeplejerske", List.of("", "plan", "kontakter", "materialer"),
                "kulturbaerer", List.of(""),
                "leder", List.of("", "kulturbaerere", "barrierer"),
                "direktoer", List.of("", "plan/status"),
                "strategisk", List.of("", "spredning", "spredning/1", "spredning/1/print", "plan"),
                "implementering", List.of(""),
                "politiker", List.of(""));
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            var only = System.getProperty("tour.users", "");
            for (var entry : plan.entrySet()) {
                if (only.isEmpty() || List.of(only.split(",")).contains(entry.getKey())) {
                    tour(browser, url, dir, entry.getKey(), entry.getValue());
                }
            }
        }
    }

    private void tour(Browser browser, String url, Path dir, String user, List<String> paths) {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366,
                Integer.getInteger("tour.height", 1400)));
        var page = context.newPage();
        page.navigate(url + "/login");
        page.waitForSelector("vaadin-login-form input[name=username]");
        page.fill("vaadin-login-form input[name=username]", user);
        page.fill("vaadin-login-form input[name=password]", "demo");
        page.click("vaadin-login-form vaadin-button[slot=submit]");
        page.waitForSelector(".start-view");
        shots(page, url, dir, user, paths, "da");
        page.evaluate("document.querySelector('.language-switch').click()");
        page.waitForTimeout(2500);
        shots(page, url, dir, user, paths, "en");
        // Leave the account in Danish for the next run.
        page.navigate(url + "/");
        page.waitForSelector(".language-switch", new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.evaluate("document.querySelector('.language-switch').click()");
        page.waitForTimeout(1500);
        context.close();
    }

    private void shots(Page page, String url, Path dir, String user, List<String> paths, String language) {
        for (var path : paths) {
            page.navigate(url + "/" + path);
            page.waitForLoadState();
            page.waitForTimeout(2000);
            var name = user + "-" + (path.isEmpty() ? "start" : path.replace('/', '_')) + "-" + language + ".png";
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
        }
    }
}
