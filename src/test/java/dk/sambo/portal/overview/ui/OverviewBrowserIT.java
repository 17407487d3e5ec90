package dk.sambo.portal.overview.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import dk.sambo.portal.e2e.BrowserTest;
import dk.sambo.portal.organisation.PersonAccounts;

/**
 * The organisation overview as the strategic level of Lillebælt opens it on a Monday, in a real browser: the
 * breakdown per organisation with its staircase step, and the three run charts drawn by Chart.js (not only
 * present in the page: the canvases hold drawn pixels). Drilling into an organisation shows its units. Screenshots
 * {@code target/screenshots/overview-*.png}; the docs' pictures ({@code docs/overview-strategic-*.png}) are written
 * by {@link #the_docs_pictures_in_danish_and_english_at_1366_and_390_px}.
 */
class OverviewBrowserIT extends BrowserTest {

    /** Where the docs' pictures of the overview live (docs/overview.md shows them). */
    static final Path DOCS = Path.of("docs");

    @Autowired
    PersonAccounts accounts;

    @AfterEach
    void restoreDanishForTheStrategicLevel() {
        // Switching language is remembered for the person; the shared demo account must stay Danish.
        accounts.byUsername("strategisk").ifPresent(a -> accounts.setPreferredLanguage(a.personId(), "da"));
    }

    /** Share of a canvas's pixels that are not transparent: a drawn chart has axes, labels, lines and points. */
    private static final String DRAWN_SHARE = """
            host => {
              const canvas = host.shadowRoot.querySelector('canvas');
              if (!canvas || canvas.width === 0 || canvas.height === 0) return 0;
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let drawn = 0;
              for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn++;
              return drawn / (canvas.width * canvas.height);
            }""";

    @Test
    void strategic_level_sees_each_organisation_on_the_staircase_and_the_run_charts_drawn() {
        loginAs("strategisk");
        open("/overblik");
        assertThat(page.locator(".overview-here")).containsText("Lillebælt");

        var rows = page.locator("vaadin-grid.overview-breakdown .overview-staircase");
        assertThat(rows.first()).isVisible();
        assertThat(rows.count()).as("a staircase step per organisation of the cluster").isGreaterThanOrEqualTo(5);
        assertThat(page.locator("vaadin-grid.overview-breakdown").getByText("Kolding Kommune")).isVisible();

        var charts = page.locator("overview-run-chart");
        assertThat(charts).hasCount(3);
        for (int i = 0; i < 3; i++) {
            var chart = charts.nth(i);
            chart.scrollIntoViewIfNeeded();
            assertThat(chart.locator("canvas")).isVisible();
            page.waitForFunction("el => (" + DRAWN_SHARE.strip() + ")(el) > 0.01", chart.elementHandle());
            var box = chart.boundingBox();
            assertThat(box.width).as("chart %s width", i).isGreaterThan(250);
            assertThat(box.height).as("chart %s height", i).isGreaterThan(200);
        }
        scrollToTheHeading();
        screenshot("overview-cluster-da");

        page.locator("vaadin-button.overview-drill", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Kolding Kommune")).click();
        waitForVaadin();
        assertThat(page.locator(".overview-here")).hasText("Kolding Kommune");
        assertThat(page.locator("vaadin-grid.overview-breakdown .overview-staircase").first()).isVisible();
        screenshot("overview-organisation-da");

        // The drill-down lives in the address: a reload stays, the browser's Back goes back up to the cluster,
        // Forward down again, and the breadcrumb leads up from the deep link.
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/overblik\\?omraade=o\\d+c\\d+$"));
        page.reload();
        assertThat(page.locator(".overview-here")).hasText("Kolding Kommune");
        page.goBack();
        assertThat(page.locator(".overview-here")).containsText("Lillebælt");
        // back to the page's first address (the person's own starting point, no area in it)
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/overblik$"));
        page.goForward();
        assertThat(page.locator(".overview-here")).hasText("Kolding Kommune");
        page.locator(".overview-breadcrumb vaadin-button").first().click();
        assertThat(page.locator(".overview-here")).containsText("Lillebælt");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/overblik\\?omraade=c\\d+$"));
    }

    /** The page's top (its heading) in view: the app layout scrolls its content, not the window. */
    private void scrollToTheHeading() {
        page.locator(".overview-view h1").scrollIntoViewIfNeeded();
        page.evaluate("() => { window.scrollTo(0, 0); document.querySelector('.overview-view h1')"
                + ".scrollIntoView({block: 'start'}); }");
    }

    @Test
    void each_chart_carries_24_months_and_a_verdict_on_the_anhoej_rules() {
        loginAs("strategisk");
        open("/overblik");
        var first = page.locator("overview-run-chart").first();
        assertThat(first.locator("canvas")).isVisible();
        var labels = (Number) first.evaluate("el => el.chartData.labels.length");
        assertThat(labels.intValue()).isEqualTo(24);
        assertThat(page.locator(".overview-chart-summary").first()).isVisible();
        Locator verdicts = page.locator(".overview-signal, .overview-no-signal");
        assertThat(verdicts).hasCount(3);
    }


    /** The right edge of the furthest element of the overview outside the grids (which scroll inside their box). */
    private static final String FURTHEST_RIGHT = """
            () => Math.max(...[...document.querySelectorAll('.overview-view *')]
                .filter(e => !e.closest('vaadin-grid'))
                .map(e => e.getBoundingClientRect())
                .filter(r => r.width > 0 && r.height > 0)
                .map(r => r.right))""";

    /** The texts of the grid's shown header cells that are wider than their cell (cut off with an ellipsis). */
    private static final String CUT_HEADERS = """
            g => [...g.shadowRoot.querySelectorAll('thead th')]
                .filter(th => !th.hidden && th.offsetWidth > 0 && th.querySelector('slot'))
                .map(th => g.querySelector('vaadin-grid-cell-content[slot="' + th.querySelector('slot').name + '"]'))
                .filter(c => c && c.textContent.trim() && c.scrollWidth > c.clientWidth + 1)
                .map(c => c.textContent.trim())""";

    /**
     * On a phone (390 px) the page does not scroll sideways: nothing of the overview outside a table reaches past
     * the window, the tables stay inside it, and a table wider than its box says it scrolls. On a laptop (1280 and
     * 1366 px) the breakdown shows every column of each group of figures without scrolling inside the grid.
     */
    @Test
    void the_page_fits_a_phone_and_the_breakdown_shows_all_its_figures_on_a_laptop() {
        loginAs("strategisk");
        page.setViewportSize(390, 844);
        open("/overblik");
        var grid = page.locator("vaadin-grid.overview-breakdown");
        assertThat(grid.getByText("Kolding Kommune")).isVisible();
        var chart = page.locator("overview-run-chart").first();
        chart.scrollIntoViewIfNeeded();
        page.waitForFunction("el => (" + DRAWN_SHARE.strip() + ")(el) > 0.01", chart.elementHandle());
        waitForVaadin();
        int width = ((Number) page.evaluate("() => window.innerWidth")).intValue();
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("the page's width at 390 px").isLessThanOrEqualTo(width);
        assertThat(((Number) page.evaluate(FURTHEST_RIGHT)).doubleValue())
                .as("the right edge of the overview's furthest element at 390 px").isLessThanOrEqualTo(width + 0.5);
        for (var table : page.locator(".overview-view vaadin-grid").all()) {
            var box = table.boundingBox();
            assertThat(box.x + box.width).as("a table's right edge at 390 px").isLessThanOrEqualTo(width + 0.5);
            assertThat(box.x).as("a table's left edge at 390 px").isGreaterThanOrEqualTo(0);
        }
        // The breakdown's columns do not fit a phone: it scrolls inside its box and says so.
        page.waitForFunction("g => (g.getAttribute('overflow') || '').includes('end')", grid.elementHandle());
        assertThat(page.locator(".overview-scroll:has(vaadin-grid.overview-breakdown) .overview-scroll-hint"))
                .isVisible();
        scrollToTheHeading();
        screenshot("overview-phone-390");

        for (int laptop : new int[] {1280, 1366}) {
            page.setViewportSize(laptop, 900);
            open("/overblik");
            assertThat(grid.getByText("Kolding Kommune")).isVisible();
            var groups = page.locator("vaadin-radio-group.overview-breakdown-show vaadin-radio-button");
            assertThat(groups).hasCount(OverviewBreakdown.GROUPS.size());
            for (int g = 0; g < OverviewBreakdown.GROUPS.size(); g++) {
                groups.nth(g).click();
                waitForVaadin();
                var overflow = (String) grid.evaluate(
                        "g => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => "
                                + "r(g.getAttribute('overflow') || ''))))");
                assertThat(overflow).as("group %d of the breakdown at %d px scrolls sideways", g, laptop)
                        .doesNotContain("end").doesNotContain("start");
                assertThat(page.locator(".overview-scroll:has(vaadin-grid.overview-breakdown) .overview-scroll-hint"))
                        .isHidden();
                @SuppressWarnings("unchecked")
                var cut = (java.util.List<String>) grid.evaluate(CUT_HEADERS);
                assertThat(cut).as("headers cut off in group %d at %d px", g, laptop).isEmpty();
            }
            screenshot("overview-breakdown-" + laptop);
        }
    }

    /**
     * The pictures in docs/overview.md, taken here so they show what the page shows now: the strategic level's
     * cluster overview in Danish and English, on a laptop (1366 px) and a phone (390 px). The staircase card takes
     * the card grid's whole row and nothing is wider than the window at either width.
     */
    @Test
    @EnabledIfSystemProperty(named = "docs.pictures", matches = "true",
            disabledReason = "writes docs/; on demand: ./mvnw verify -Dtest=NONE -Dit.test=OverviewBrowserIT -Ddocs.pictures=true")
    void the_docs_pictures_in_danish_and_english_at_1366_and_390_px() throws IOException {
        loginAs("strategisk");
        for (var language : new String[] {"da", "en"}) {
            if (language.equals("en")) {
                page.locator("vaadin-button.language-switch").click();
                waitForVaadin();
            }
            for (int width : new int[] {1366, 390}) {
                page.setViewportSize(width, width == 390 ? 844 : 900);
                open("/overblik");
                assertThat(page.locator(".overview-here")).containsText("Lillebælt");
                var chart = page.locator("overview-run-chart").first();
                chart.scrollIntoViewIfNeeded();
                page.waitForFunction("el => (" + DRAWN_SHARE.strip() + ")(el) > 0.01", chart.elementHandle());
                // The month still running is marked in the chart itself (lighter, dashed, with a legend text).
                var incomplete = (Number) chart.evaluate("el => el.chartData.incompleteIndex");
                var legend = (String) chart.evaluate("el => el.chartData.incompleteLegend");
                assertThat(incomplete.intValue()).isEqualTo(23);
                assertThat(legend).isEqualTo(language.equals("da") ? "Måned i gang (ikke slut)"
                        : "Month in progress (not ended)");
                var card = page.locator(".overview-staircase-card");
                var cardBox = card.boundingBox();
                var gridBox = page.locator(".overview-content .card-grid").boundingBox();
                assertThat(cardBox.width).as("the staircase card spans the card grid at %d px", width)
                        .isGreaterThan(gridBox.width - 2);
                var overflow = ((Number) page.evaluate("() => Math.max(...[...document.querySelectorAll("
                        + "'.overview-card')].map(c => c.scrollWidth - c.clientWidth))")).intValue();
                assertThat(overflow).as("no card is wider than its box at %d px", width).isLessThanOrEqualTo(0);
                scrollToTheHeading();
                var shot = screenshot("overview-strategic-" + language + "-" + width);
                Files.copy(shot, DOCS.resolve("overview-strategic-" + language + "-" + width + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // No switch back to Danish here: that click reloads the page while the context closes; the @AfterEach
        // sets the account's language back on the server instead.
    }
}
