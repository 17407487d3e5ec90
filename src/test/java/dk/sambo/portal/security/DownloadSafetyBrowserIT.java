package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.APIResponse;

import dk.sambo.portal.e2e.BrowserTest;
import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.WebClient;

/**
 * GET safety of the portal's downloads over HTTP (issue 10, ASVS 3.2.1, 3.5.3, 5.4.1): a material file, the
 * overview's CSV and XLSX, the audit export and a session's .ics. Each is a Vaadin {@code DownloadHandler} whose
 * address the page hands out; the test reads that address in Chromium and asks for it with plain HTTP clients: with
 * the person's own session it is an attachment with a correct type, {@code nosniff} and no caching; without a
 * session and with another person's session it gives nothing; and no GET changes stored data.
 */
class DownloadSafetyBrowserIT extends BrowserTest {


    private record Download(String what, String user, String route, String selector, List<String> types) {
    }

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void every_download_is_an_uncached_attachment_for_its_own_session_only_and_a_get_changes_nothing()
            throws Exception {
        long sessionId = jdbc.queryForObject("select min(id) from training_session", Long.class);
        var downloads = List.of(
                new Download("material file", "sygeplejerske", "/materialer", "a.materials-download",
                        List.of("application/pdf",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                "application/vnd.openxmlformats-officedocument.presentationml.presentation")),
                new Download("overview CSV", "strategisk", "/overblik", "a.overview-export-csv",
                        List.of("text/csv")),
                new Download("overview XLSX", "strategisk", "/overblik", "a.overview-export-xlsx",
                        List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                new Download("audit export", "admin", "/admin/revisionsspor", "a.audit-export", List.of("text/csv")),
                new Download("session .ics", "sygeplejerske", "/kalender/aktivitet/" + sessionId, "a.ics-download",
                        List.of("text/calendar")));
        var portal = new PortalHttp(port);
        var other = new WebClient();
        portal.loginLocally(other, "hjemmehjaelper", "demo");
        var otherSession = portal.sessionId(other);
        var before = rowCounts();

        for (var download : downloads) {
            page.context().clearCookies();
            loginAs(download.user());
            open(download.route());
            var link = page.locator(download.selector()).first();
            link.waitFor();
            var href = link.getAttribute("href");
            var address = href.startsWith("http") ? href : url("/" + href.replaceFirst("^/", ""));

            APIResponse own = page.request().get(address);
            var headers = own.headers();
            assertThat(own.status()).as(download.what()).isEqualTo(200);
            assertThat(own.body()).as(download.what()).isNotEmpty();
            assertThat(headers.get("content-disposition")).as(download.what()).startsWith("attachment")
                    .contains("filename");
            assertThat(headers.get("content-type")).as(download.what()).isNotNull();
            assertThat(download.types()).as(download.what() + ": " + headers.get("content-type"))
                    .anyMatch(type -> headers.get("content-type").startsWith(type));
            assertThat(headers.get("x-content-type-options")).as(download.what()).isEqualTo("nosniff");
            assertThat(headers.get("cache-control")).as(download.what()).contains("no-store");

            var anonymous = get(address, null);
            assertRefused(download.what() + " without a session", anonymous);
            var foreign = get(address, otherSession);
            assertRefused(download.what() + " with another person's session", foreign);
        }

        assertThat(rowCounts()).as("every table but the audit trail's").isEqualTo(before);
    }

    private HttpResponse<byte[]> get(String address, String sessionId) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(60)).GET();
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertRefused(String what, HttpResponse<byte[]> answer) {
        assertThat(answer.statusCode()).as(what).isNotEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition")).as(what).isEmpty();
    }

    private Map<String, Long> rowCounts() {
        return RowCounts.of(jdbc);
    }
}
