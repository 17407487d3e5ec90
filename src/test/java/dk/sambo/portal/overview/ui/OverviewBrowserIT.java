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
        page.evaluate("() => window.scrollTo(0, 0)");
        screenshot("overview-cluster-da");

        page.locator("vaadin-button.overview-drill", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Kolding Kommune")).click();
        waitForVaadin();
        assertThat(page.locator(".overview-here")).hasText("Kolding Kommune");
        assertThat(page.locator("vaadin-grid.overview-breakdown .overview-staircase").first()).isVisible();
        screenshot("overview-organisation-da");
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
                page.evaluate("() => window.scrollTo(0, 0)");
                var shot = screenshot("overview-strategic-" + language + "-" + width);
                Files.copy(shot, DOCS.resolve("overview-strategic-" + language + "-" + width + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        page.locator("vaadin-button.language-switch").click();
        waitForVaadin();
    }
}
