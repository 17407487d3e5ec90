package dk.sambo.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import dk.sambo.portal.organisation.PersonAccounts;

/**
 * The portal in a real browser: the login page, a nurse's start page in Danish and in English, and the
 * administrator's people page, each saved as a screenshot under {@code target/screenshots/}.
 */
class PortalSmokeIT extends BrowserTest {

    @Autowired
    PersonAccounts accounts;

    @AfterEach
    void restoreDanishForTheNurse() {
        // Switching language is remembered for the person; the shared demo account must stay Danish.
        accounts.byUsername("sygeplejerske").ifPresent(a -> accounts.setPreferredLanguage(a.personId(), "da"));
    }

    @Test
    void login_page_offers_the_local_form_and_one_button_per_identity_provider() {
        open("/login");

        assertThat(page.locator("vaadin-login-form")).isVisible();
        var providers = page.locator("a[href^='/oauth2/authorization/']");
        assertThat(providers).hasCount(1);
        assertThat(providers).hasAttribute("href", "/oauth2/authorization/" + TestIdentityProvider.REGISTRATION);
        assertThat(providers).hasText("Log ind med " + TestIdentityProvider.CLIENT_NAME);
        assertThat(page.content()).contains("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION);
        screenshot("login");
    }

    @Test
    void nurse_logs_in_through_the_form_and_sees_her_start_page_in_danish_then_english() {
        loginAs("sygeplejerske");

        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("h1")).hasText("Velkommen, Mette Sørensen");
        assertThat(navItem("Min side")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "da");
        screenshot("start-da");

        page.locator("vaadin-button.language-switch").click();
        assertThat(navItem("My page")).isVisible();
        waitForVaadin();
        assertThat(page.locator("h1")).hasText("Welcome, Mette Sørensen");
        screenshot("start-en");

        page.locator("vaadin-button.language-switch").click();
        assertThat(navItem("Min side")).isVisible();
    }

    @Test
    void administrator_sees_the_people_page() {
        loginAs("admin");
        open("/admin/personer");

        assertThat(page.locator("h1")).hasText("Personer og roller");
        var cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Aktiv")).first()).isVisible();
        screenshot("admin-people");
    }

    private Locator navItem(String label) {
        return page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(label));
    }
}
