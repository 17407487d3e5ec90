package dk.sambo.portal.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Issue 10, as an attacker would try it: the portal runs in a JVM of its own with a 256 MB heap (and exits on an
 * OutOfMemoryError), a publisher opens the upload dialog in Chromium, and the test sends a 200 MB body (chunked,
 * so the server has to count) and a 2 GB body (with its length declared) straight to the upload's address. The
 * bodies are generated as streams, never held as arrays. Both are refused, the portal still answers, its heap
 * after a GC has not grown by more than a bound, and no temporary upload file is left behind.
 */
class UploadMemoryIT {

    private static final long MB = MemoryBoundedPortal.MB;
    private static final Path CHROMIUM = MemoryBoundedPortal.CHROMIUM;

    private static MemoryBoundedPortal portal;

    @BeforeAll
    static void startPortalWithSmallHeap() throws Exception {
        portal = MemoryBoundedPortal.start("upload-it");
    }

    @AfterAll
    static void stopPortal() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void a_200_mb_and_a_2_gb_upload_are_refused_while_streaming_and_the_heap_stays_flat() throws Exception {
        var upload = openUploadDialog();
        // The same address takes a real small PDF: the requests below reach the upload handler, not a security
        // filter that would refuse them for another reason.
        var small = send(upload, HttpRequest.BodyPublishers.ofByteArray(TestDocuments.pdf("Lille fil")));
        assertThat(small.status()).as("a small PDF is taken: %s", small).isEqualTo(200);
        long heapBefore = heapUsedAfterGc();

        var chunked = send(upload, HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedStream(200 * MB)));
        var declared = send(upload, HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedStream(2048 * MB)), 2048 * MB));

        System.out.println("UploadMemoryIT: 200 MB chunked -> " + chunked + "; 2 GB declared -> " + declared);
        assertThat(portal.alive()).as("the portal did not run out of memory; log:\n%s", tail()).isTrue();
        assertThat(chunked.refused()).as("200 MB: %s", chunked).isTrue();
        assertThat(declared.refused()).as("2 GB: %s", declared).isTrue();
        assertThat(chunked.bytesSent()).as("the 200 MB upload was cut off, not read to the end")
                .isLessThan(200 * MB);
        assertThat(declared.bytesSent()).as("the 2 GB upload was cut off, not read to the end")
                .isLessThan(2048 * MB);

        long heapAfter = heapUsedAfterGc();
        System.out.println("UploadMemoryIT: heap used after GC before " + heapBefore / MB + " MB, after "
                + heapAfter / MB + " MB");
        assertThat(heapAfter - heapBefore).as("heap growth in bytes (before %d, after %d)", heapBefore, heapAfter)
                .isLessThan(64 * MB);
        var http = HttpClient.newHttpClient();
        var login = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("the portal still answers").isEqualTo(200);
        try (var left = Files.list(portal.tmp())) {
            // Only the small accepted PDF waits in its temporary file for "Læg op"; nothing of the refused ones.
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("sambo-upload-")).toList())
                    .as("temporary upload files").hasSizeLessThanOrEqualTo(1)
                    .allSatisfy(p -> assertThat(Files.size(p)).isLessThan(MB));
        }
    }

    record Upload(String target, String cookies) {
    }

    record Sent(int status, long bytesSent, String failure) {
        boolean refused() {
            // Refused by the upload handler (Vaadin answers a rejected upload with 422; 413 too large), or the
            // connection was closed on the sender once the portal stopped reading. Not 401/403 from security.
            return status == 422 || status == 413 || (status == -1 && failure != null);
        }
    }

    /** Logs in a publisher in Chromium, opens "Nyt materiale" and reads the upload's address and the cookies. */
    private static Upload openUploadDialog() {
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update",
                                "--disable-sync")))) {
            var context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
            context.setDefaultTimeout(90_000);
            var page = context.newPage();
            page.navigate(url("/login"));
            page.locator("vaadin-login-form input[name='username']").fill("implementering");
            page.locator("vaadin-login-form input[name='password']").fill("demo");
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            page.waitForURL(address -> !address.contains("/login"));
            page.navigate(url("/materialer"));
            page.locator("vaadin-button:has-text('Nyt materiale')").click();
            var upload = page.locator("vaadin-upload");
            upload.waitFor();
            var target = upload.getAttribute("target");
            if (target == null) {
                target = (String) upload.evaluate("u => u.target");
            }
            var cookies = context.cookies().stream().map(c -> c.name + "=" + c.value)
                    .collect(Collectors.joining("; "));
            // Keep the session's UI alive: the browser is closed, the session stays until it times out.
            return new Upload(URI.create(url("/")).resolve(target).toString(), cookies);
        }
    }

    private static Sent send(Upload upload, HttpRequest.BodyPublisher body) {
        var counted = new CountingPublisher(body);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            var answer = http.send(HttpRequest.newBuilder(URI.create(upload.target()))
                    .timeout(Duration.ofSeconds(90))
                    .header("Cookie", upload.cookies())
                    .header("Content-Type", "application/pdf")
                    .header("X-Filename", "gigant.pdf")
                    .POST(counted).build(), HttpResponse.BodyHandlers.ofString());
            return new Sent(answer.statusCode(), counted.sent(), null);
        } catch (IOException closed) {
            return new Sent(-1, counted.sent(), closed.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    /** {@code length} bytes that look like a PDF, produced on demand: nothing is held but one small buffer. */
    static final class GeneratedStream extends InputStream {
        private static final byte[] HEAD = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private final long length;
        private long position;

        GeneratedStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (position >= length) {
                return -1;
            }
            int b = position < HEAD.length ? HEAD[(int) position] : (int) ('A' + position % 26);
            position++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }

    /** Counts the body bytes the client handed to the connection. */
    static final class CountingPublisher implements HttpRequest.BodyPublisher {
        private final HttpRequest.BodyPublisher delegate;
        private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();

        CountingPublisher(HttpRequest.BodyPublisher delegate) {
            this.delegate = delegate;
        }

        long sent() {
            return sent.get();
        }

        @Override
        public long contentLength() {
            return delegate.contentLength();
        }

        @Override
        public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
            delegate.subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscriber.onSubscribe(subscription);
                }

                @Override
                public void onNext(java.nio.ByteBuffer item) {
                    sent.addAndGet(item.remaining());
                    subscriber.onNext(item);
                }

                @Override
                public void onError(Throwable throwable) {
                    subscriber.onError(throwable);
                }

                @Override
                public void onComplete() {
                    subscriber.onComplete();
                }
            });
        }
    }
}
