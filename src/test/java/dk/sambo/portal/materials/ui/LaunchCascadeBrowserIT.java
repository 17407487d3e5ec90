package dk.sambo.portal.materials.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;

import dk.sambo.portal.e2e.BrowserTest;

/**
 * The launch package's cascade in a real browser at 1366 px (issue 13): Lillebælt's implementing level forwards the
 * package to Kolding Kommune, the director of Kolding Kommune confirms on his start page that it arrived and then
 * that it was passed on locally, and the cluster's page shows Kolding Kommune as passed on. Screenshots of both
 * screens at 1366 and 390 px under {@code target/screenshots/cascade-*.png}. The test puts the demo's Kolding
 * Kommune row back (not forwarded) afterwards, as the other browser tests share the database.
 */
class LaunchCascadeBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void putTheDemoStateBack() {
        jdbc.update("""
                delete from launch_package_cascade
                where organisation_id = (select id from organisation where code = 'KOLDING_KOMMUNE')
                  and cluster_id = (select id from health_cluster where code = 'LILLEBAELT')""");
    }

    private Locator kolding() {
        return page.locator(".cascade-row[data-organisation='Kolding Kommune']");
    }

    @Test
    void the_cluster_forwards_the_package_and_the_director_confirms_receipt_and_passing_on() {
        loginAs("implementering");
        open("/materialer/lancering");
        assertThat(page.locator("h1")).hasText("Lanceringspakkens vej ud i organisationerne");
        var rows = page.locator(".cascade-row");
        assertThat(rows).hasCount(7);
        // The missing first: Kolding Kommune has not had it.
        assertThat(rows.first()).hasAttribute("data-organisation", "Kolding Kommune");
        assertThat(kolding()).hasAttribute("data-state", "NOT_FORWARDED");
        assertThat(page.locator(".cascade-summary")).hasText(
                "2 af 7 organisationer har givet pakken videre lokalt · 5 mangler");
        screenshot("cascade-cluster-1366-da");
        page.setViewportSize(390, 844);
        var forward = kolding().locator("vaadin-button.cascade-forward");
        assertThat(forward).isVisible();
        // The app layout turns its drawer into an overlay after the resize; measure once the page has laid out again.
        page.waitForFunction("() => document.querySelector('vaadin-app-layout').hasAttribute('overlay')");
        waitForVaadin();
        var box = forward.boundingBox();
        assertThat(box.x + box.width).as("the forward button fits a phone's width").isLessThanOrEqualTo(390);
        screenshot("cascade-cluster-390-da");
        page.setViewportSize(1366, 900);

        forward.click();
        waitForVaadin();
        assertThat(kolding()).hasAttribute("data-state", "FORWARDED");
        assertThat(kolding().locator("vaadin-button.cascade-remind")).isVisible();

        page.context().clearCookies();
        loginAs("direktoer");
        var arrival = page.locator(".cascade-arrival[data-cluster='Lillebælt']");
        assertThat(arrival).containsText("Lanceringspakken fra Lillebælt");
        assertThat(arrival).containsText("Kolding Kommune");
        page.setViewportSize(390, 844);
        screenshot("cascade-arrival-390-da");
        page.setViewportSize(1366, 900);
        arrival.locator("vaadin-button.cascade-confirm-received").click();
        waitForVaadin();
        assertThat(arrival.locator(".roles-badge")).containsText("Modtaget");
        var passOn = arrival.locator("vaadin-button.cascade-confirm-passed-on");
        assertThat(passOn).isVisible();
        screenshot("cascade-arrival-1366-da");
        passOn.click();
        waitForVaadin();
        assertThat(arrival).containsText("Givet videre lokalt");
        assertThat(arrival.locator("vaadin-button")).hasCount(0);

        page.context().clearCookies();
        loginAs("implementering");
        open("/materialer/lancering");
        assertThat(kolding()).hasAttribute("data-state", "PASSED_ON");
        assertThat(kolding()).containsText("Henrik Lauridsen (leder af ledere)");
        assertThat(page.locator(".cascade-summary")).hasText(
                "3 af 7 organisationer har givet pakken videre lokalt · 4 mangler");
        var passedOnRow = jdbc.queryForObject("""
                select count(*) from launch_package_cascade r join organisation o on o.id = r.organisation_id
                where o.code = 'KOLDING_KOMMUNE' and r.received_at is not null and r.passed_on_at is not null""",
                Integer.class);
        assertThat(passedOnRow).isEqualTo(1);
        screenshot("cascade-cluster-after-1366-da");
    }
}
