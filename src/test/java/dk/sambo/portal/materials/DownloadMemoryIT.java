package dk.sambo.portal.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Issue 10, in the style of {@link UploadMemoryIT}: the portal runs in a JVM of its own with a 256 MB heap (and
 * exits on an OutOfMemoryError). A publisher puts a 24 MB PDF into the launch package through the browser, then
 * ten people download it at the same time, each reading slowly, so all ten transfers are under way together.
 * Held in memory, ten copies of the file alone would need 240 MB; streamed from the database chunk by chunk, every
 * download arrives whole (same SHA-256, announced length), the portal lives, and its heap after a GC has not grown
 * by more than a bound.
 */
class DownloadMemoryIT {

    private static final long MB = MemoryBoundedPortal.MB;
    private static final Path CHROMIUM = MemoryBoundedPortal.CHROMIUM;
    private static final int FILE_BYTES = 24 * 1024 * 1024;
    private static final int PARALLEL = 10;
    private static final String TITLE = "Stor fil til download-testen";

    private static MemoryBoundedPortal portal;

    @BeforeAll
    static void startPortalWithSmallHeap() throws Exception {
        portal = MemoryBoundedPortal.start("download-it");
    }

    @AfterAll
    static void stopPortal() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void ten_slow_downloads_of_a_24_mb_file_at_once_arrive_whole_and_the_heap_stays_flat() throws Exception {
        var pdf = TestDocuments.pdfOfSize("Stor fil til download-testen", FILE_BYTES);
        var expected = sha256(pdf);
        var file = portal.workDir().resolve("stor-fil.pdf");
        Files.write(file, pdf);
        var download = publishAndFindDownload(file);
        long heapBefore = heapUsedAfterGc();

        var pool = Executors.newFixedThreadPool(PARALLEL);
        var results = new ArrayList<java.util.concurrent.Future<Received>>();
        for (int i = 0; i < PARALLEL; i++) {
            results.add(pool.submit((Callable<Received>) () -> fetchSlowly(download)));
        }
        var received = new ArrayList<Received>();
        for (var result : results) {
            received.add(result.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();

        System.out.println("DownloadMemoryIT: " + received);
        assertThat(portal.alive()).as("the portal did not run out of memory; log:\n%s", tail()).isTrue();
        assertThat(received).hasSize(PARALLEL).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.bytes()).isEqualTo(pdf.length);
            assertThat(r.declaredLength()).isEqualTo(String.valueOf(pdf.length));
            assertThat(r.sha256()).isEqualTo(expected);
            assertThat(r.disposition()).startsWith("attachment");
        });
        long heapAfter = heapUsedAfterGc();
        System.out.println("DownloadMemoryIT: heap used after GC before " + heapBefore / MB + " MB, after "
                + heapAfter / MB + " MB");
        assertThat(heapAfter - heapBefore).as("heap growth in bytes (before %d, after %d)", heapBefore, heapAfter)
                .isLessThan(64 * MB);
    }

    record Download(String url, String cookies) {
    }

    record Received(int status, long bytes, String declaredLength, String sha256, String disposition) {
    }

    /** A publisher puts the file into the launch package in Chromium; returns its download link and cookies. */
    private static Download publishAndFindDownload(Path file) {
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update",
                                "--disable-sync")))) {
            var context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
            context.setDefaultTimeout(120_000);
            var page = context.newPage();
            page.navigate(url("/login"));
            page.locator("vaadin-login-form input[name='username']").fill("implementering");
            page.locator("vaadin-login-form input[name='password']").fill("demo");
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            page.waitForURL(address -> !address.contains("/login"));
            page.navigate(url("/materialer"));
            page.locator("vaadin-button:has-text('Nyt materiale')").click();
            String href;
            try {
                var dialog = page.getByRole(AriaRole.DIALOG);
                dialog.locator("vaadin-text-field input").first().fill(TITLE);
                dialog.locator("vaadin-checkbox input").first().check();
                page.locator("vaadin-upload input[type='file']").setInputFiles(file);
                page.locator("vaadin-upload-file[complete]").waitFor();
                page.locator("vaadin-button:has-text('Læg op')").click();
                var link = page.locator("a:has-text('" + TITLE + "')").first();
                link.waitFor();
                href = link.getAttribute("href");
            } catch (RuntimeException e) {
                // What the browser showed, for the one reading the failure.
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "download-memory-it.png")));
                throw e;
            }
            var cookies = context.cookies().stream().map(c -> c.name + "=" + c.value)
                    .collect(Collectors.joining("; "));
            return new Download(URI.create(url("/")).resolve(href).toString(), cookies);
        }
    }

    /** Reads the download in 64 KB steps with a pause after each, so every transfer lasts several seconds. */
    private static Received fetchSlowly(Download download) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var answer = http.send(HttpRequest.newBuilder(URI.create(download.url())).timeout(Duration.ofMinutes(5))
                .header("Cookie", download.cookies()).build(), HttpResponse.BodyHandlers.ofInputStream());
        var digest = MessageDigest.getInstance("SHA-256");
        long total = 0;
        try (InputStream in = answer.body()) {
            var buffer = new byte[64 * 1024];
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0;) {
                digest.update(buffer, 0, n);
                total += n;
                Thread.sleep(15);
            }
        }
        return new Received(answer.statusCode(), total, answer.headers().firstValue("Content-Length").orElse(""),
                HexFormat.of().formatHex(digest.digest()),
                answer.headers().firstValue("Content-Disposition").orElse(""));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static long heapUsedAfterGc() throws Exception {
        return portal.heapUsedAfterGc();
    }

    private static String url(String path) {
        return portal.url(path);
    }

    private static String tail() {
        return portal.tail();
    }
}
