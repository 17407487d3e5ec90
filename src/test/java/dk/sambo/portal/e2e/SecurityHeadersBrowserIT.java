package dk.sambo.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.security.LoginThrottle;
import dk.sambo.portal.training.domain.CalendarFiles;

/**
 * The portal's pages under its Content-Security-Policy in Chromium (issue 10): every main page renders with no
 * violation ({@link BrowserTest} fails any test whose page reports one), the calendar and the run charts draw, an
 * injected inline script and inline event handler are refused while Vaadin keeps working, and the security headers
 * are on a Vaadin page, a static file, the iCal feed and a download. Also what a deactivated or throttled person
 * reads on the login page.
 */
class SecurityHeadersBrowserIT extends BrowserTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserDetailsService users;

    @Autowired
    CalendarFiles calendarFiles;

    @Autowired
    PeopleAdministration people;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void forgetFailedLogins() {
        AuthenticatedAs.login(users, "admin");
        try {
            throttle.liftAddress("127.0.0.1");
        } finally {
            AuthenticatedAs.logout();
        }
    }

    @Test
    void every_main_page_renders_under_the_policy_without_a_single_violation() {
        open("/login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        loginAs("admin");
        for (var route : new String[] {"/", "/admin/personer", "/admin/adgang", "/admin/revisionsspor",
                "/admin/login-spaerringer", "/kulturbaerere", "/notifikationer"}) {
            visit(route);
        }
        page.context().clearCookies();
        loginAs("kulturbaerer");
        for (var route : new String[] {"/", "/spoergsmaal", "/spoergsmaal/nyt", "/til-besvarelse", "/mine-spoergsmaal",
                "/vejledninger", "/kalender", "/min-traening", "/traeningslog", "/materialer", "/barrierer", "/plan",
                "/kontakter", "/spredning", "/indstillinger/notifikationer"}) {
            visit(route);
        }
        page.context().clearCookies();
        loginAs("strategisk");
        for (var route : new String[] {"/", "/overblik", "/klynge/opfoelgning", "/plan/status"}) {
            visit(route);
        }
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_calendar_and_the_run_charts_draw_under_the_policy() {
        loginAs("kulturbaerer");
        open("/kalender");
        page.waitForSelector("sambo-calendar .fc-daygrid-event");
        assertThat(page.locator("sambo-calendar .fc-daygrid-event").count()).isGreaterThanOrEqualTo(3);
        // FullCalendar's own styles (a style element in its shadow root) apply: the toolbar is laid out in a row.
        assertThat(page.locator("sambo-calendar .fc-toolbar").evaluate("e => getComputedStyle(e).display"))
                .isEqualTo("flex");

        page.context().clearCookies();
        loginAs("strategisk");
        open("/overblik");
        var chart = page.locator("overview-run-chart").first();
        chart.scrollIntoViewIfNeeded();
        page.waitForFunction("""
                el => {
                  const canvas = el.shadowRoot && el.shadowRoot.querySelector('canvas');
                  if (!canvas || canvas.width === 0) return false;
                  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  let drawn = 0;
                  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn++;
                  return drawn / (canvas.width * canvas.height) > 0.01;
                }""", chart.elementHandle());
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void an_injected_inline_script_and_an_inline_event_handler_are_refused_while_vaadin_keeps_working() {
        loginAs("sygeplejerske");
        cspViolationsExpected = true;
        page.evaluate("""
                () => {
                  const script = document.createElement('script');
                  script.textContent = 'window.__injectedScriptRan = true;';
                  document.body.appendChild(script);
                  const holder = document.createElement('div');
                  holder.innerHTML = '<img src="data:," onerror="window.__injectedHandlerRan = true">'
                      + '<img src="data:x" onload="window.__injectedHandlerRan = true">';
                  document.body.appendChild(holder);
                }""");
        page.waitForCondition(() -> cspViolations.size() >= 2);
        page.waitForTimeout(500);

        assertThat(page.evaluate("() => window.__injectedScriptRan === true")).isEqualTo(false);
        assertThat(page.evaluate("() => window.__injectedHandlerRan === true")).isEqualTo(false);
        assertThat(String.join("\n", cspViolations)).contains("script-src");
        // Vaadin itself still runs (its bootstrap scripts carry the nonce; executeJs needs eval): a server round
        // trip changes the page. The language is remembered for the person: switch back.
        page.locator("vaadin-button.language-switch").click();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My page")))
                .isVisible();
        waitForVaadin();
        page.locator("vaadin-button.language-switch").click();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Min side")))
                .isVisible();
        waitForVaadin();
    }

    @Test
    void a_vaadin_page_a_static_file_the_ical_feed_and_a_download_carry_the_security_headers() {
        var vaadinPage = page.navigate(url("/login"));
        waitForVaadin();
        // allHeaders(): Playwright's headers() leaves out some security-related header fields.
        var pageHeaders = vaadinPage.allHeaders();
        assertSecurityHeaders("Vaadin page", pageHeaders);
        assertThat(pageHeaders.get("content-security-policy")).contains("'nonce-");
        var nonce = pageHeaders.get("content-security-policy").replaceFirst(".*'nonce-([^']+)'.*", "$1");
        // Every script of the bootstrap page, inline ones included, carries this answer's nonce.
        var html = vaadinPage.text();
        assertThat(java.util.regex.Pattern.compile("<script").matcher(html).results().count())
                .as("scripts on the bootstrap page").isPositive()
                .isEqualTo(java.util.regex.Pattern.compile("<script[^>]*nonce=\"" + java.util.regex.Pattern.quote(nonce)
                        + "\"").matcher(html).results().count());
        assertThat(page.evaluate("() => document.querySelector('script[nonce]').nonce")).isEqualTo(nonce);

        var styles = page.request().get(url("/styles.css"));
        assertThat(styles.status()).isEqualTo(200);
        assertSecurityHeaders("static file", styles.headers());

        String token;
        AuthenticatedAs.login(users, "sygeplejerske");
        try {
            token = calendarFiles.mySubscriptionToken();
        } finally {
            AuthenticatedAs.logout();
        }
        var feed = page.request().get(url("/ical/" + token + ".ics"));
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.text()).startsWith("BEGIN:VCALENDAR");
        assertSecurityHeaders("iCal feed", feed.headers());

        loginAs("strategisk");
        open("/overblik");
        var export = page.locator("a.overview-export-csv");
        assertThat(export).isVisible();
        var href = export.getAttribute("href");
        APIResponse download = page.request().get(href.startsWith("http") ? href : url("/" + href.replaceFirst("^/", "")));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("content-disposition")).contains("attachment");
        assertSecurityHeaders("download", download.headers());
    }

    @Test
    void a_deactivated_person_reads_that_the_access_has_ended_and_a_throttled_one_when_to_try_again() {
        var username = "e2e-browser-ophoert-" + SEQUENCE.incrementAndGet();
        AuthenticatedAs.login(users, "admin");
        try {
            var unitId = people.search("Mette Sørensen", PageRequest.of(0, 1)).getFirst().unitId();
            var person = people.createPerson(new PeopleAdministration.NewPerson("Test " + username, "Sygeplejerske",
                    null, unitId, KnowledgeTarget.OVERALL), null, null);
            people.setLocalPassword(person.id(), username, "Lang-test-adgang-nr-3");
            people.deactivate(person.id());
        } finally {
            AuthenticatedAs.logout();
        }

        submitLogin(username, "Lang-test-adgang-nr-3");
        assertThat(page.locator("vaadin-login-form")).containsText("Din adgang er ophørt");
        assertThat(page.locator("vaadin-login-form")).containsText("Kontakt din nærmeste leder");

        var unknown = "e2e-browser-gaet-" + SEQUENCE.incrementAndGet();
        for (int i = 0; i < 4; i++) {
            submitLogin(unknown, "forkert");
        }
        submitLogin(unknown, "forkert");
        assertThat(page).hasURL(url("/login?wait=2"));
        assertThat(page.locator("vaadin-login-form")).containsText("For mange mislykkede forsøg");
        assertThat(page.locator("vaadin-login-form")).containsText("Prøv igen om 2 sekunder");
        screenshot("login-throttled");
        AuthenticatedAs.login(users, "admin");
        try {
            throttle.liftAccount(unknown);
            throttle.liftAccount(username);
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private void submitLogin(String username, String password) {
        open("/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(address -> address.contains("/login?"));
        waitForVaadin();
    }

    private void visit(String route) {
        open(route);
        try {
            page.waitForSelector("h1", new Page.WaitForSelectorOptions().setTimeout(30_000));
        } catch (com.microsoft.playwright.PlaywrightException noHeading) {
            screenshot("csp-no-heading" + route.replace('/', '-'));
            throw new AssertionError("No heading on " + route + " (" + page.url() + "): "
                    + page.locator("body").innerText(), noHeading);
        }
        assertThat(cspViolations).as("violations on %s", route).isEmpty();
    }

    private static void assertSecurityHeaders(String what, Map<String, String> headers) {
        var csp = headers.get("content-security-policy");
        assertThat(csp).as("%s: CSP", what).isNotNull()
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'unsafe-eval'");
        assertThat(csp.replaceFirst(".*script-src([^;]*).*", "$1")).as("%s: scripts", what)
                .doesNotContain("unsafe-inline");
        assertThat(headers.get("x-content-type-options")).as("%s", what).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).as("%s", what).isEqualTo("same-origin");
        assertThat(headers.get("permissions-policy")).as("%s", what).contains("camera=()", "microphone=()",
                "geolocation=()");
        assertThat(headers.get("x-frame-options")).as("%s", what).isEqualTo("SAMEORIGIN");
        // Plain http in the test: HSTS only on https answers (SecurityHeadersTest checks that side).
        assertThat(headers.get("strict-transport-security")).as("%s", what).isNull();
    }
}
