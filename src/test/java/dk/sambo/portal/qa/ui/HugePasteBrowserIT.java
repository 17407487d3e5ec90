package dk.sambo.portal.qa.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import dk.sambo.portal.e2e.BrowserTest;
import dk.sambo.portal.qa.service.QuestionDraft;

/**
 * Issue 9: a 10 MB text pasted into the question body made the browser retry nine times under the loading bar,
 * with no message. In a real browser the field's maxLength cuts the paste to what the portal stores, so the
 * question is asked normally.
 */
class HugePasteBrowserIT extends BrowserTest {

    @Test
    void ten_megabytes_pasted_into_the_question_body_are_cut_to_the_limit_and_the_question_is_asked() {
        loginAs("sygeplejerske");
        open("/spoergsmaal/nyt");
        page.locator("vaadin-text-field input").first()
                .fill("Hvem sender plejeforløbsplanen, når en meget lang tekst er sat ind i beskrivelsen?");
        var body = page.locator("vaadin-text-area textarea").first();
        body.focus();
        // What a paste does: text inserted through the browser's editing path (which honours maxlength).
        page.keyboard().insertText("x".repeat(10 * 1024 * 1024));
        org.assertj.core.api.Assertions.assertThat((Integer) body.evaluate("t => t.value.length"))
                .isEqualTo(QuestionDraft.BODY_MAX);
        page.locator("vaadin-select").first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Udskrivning")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Stil spørgsmålet")).click();
        page.waitForURL(address -> address.matches(".*/spoergsmaal/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText(
                "Hvem sender plejeforløbsplanen, når en meget lang tekst er sat ind i beskrivelsen?");
        assertThat(page.locator("body")).not().containsText("Der skete en fejl");
    }
}
