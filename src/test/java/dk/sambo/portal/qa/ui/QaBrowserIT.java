package dk.sambo.portal.qa.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.e2e.BrowserTest;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.qa.service.QuestionLists;

/**
 * The ask form and the question page in a real browser, in Danish and English, saved as screenshots under
 * {@code target/screenshots/qa-*.png}: similar questions appear while the title is typed, a question is asked and
 * lands on its page, and a resolved general question shows its decision and accepted answer.
 */
class QaBrowserIT extends BrowserTest {

    @Autowired
    PersonAccounts accounts;
    @Autowired
    QuestionLists questionLists;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void restoreDanish() {
        // The language switch is remembered for the person; the shared demo account must stay Danish.
        accounts.byUsername("sygeplejerske").ifPresent(a -> accounts.setPreferredLanguage(a.personId(), "da"));
    }

    @Test
    void nurse_sees_similar_questions_while_typing_and_asks_a_question() {
        loginAs("sygeplejerske");
        open("/spoergsmaal/nyt");
        assertThat(page.locator("h1")).hasText("Stil et tvivlsspørgsmål");

        var title = page.locator("vaadin-text-field input").first();
        title.pressSequentially("Plejeforløbsplan ved kort indlægge",
                new Locator.PressSequentiallyOptions().setDelay(30));
        var similar = page.locator(".qa-similar .qa-similar-item a");
        assertThat(similar.first()).isVisible();
        screenshot("qa-ask-form-da");

        title.fill("Hvem sender genoptræningsplanen, når borgeren udskrives fra akutmodtagelsen om natten?");
        page.locator("vaadin-text-area textarea").first()
                .fill("Borgeren kom hjem kl. 2 uden plan. Hjemmeplejen hørte først om det om morgenen.");
        page.locator("vaadin-select").first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Udskrivning")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Stil spørgsmålet")).click();
        page.waitForURL(address -> address.matches(".*/spoergsmaal/\\d+$"));
        waitForVaadin();
        assertThat(page.locator("h1")).hasText(
                "Hvem sender genoptræningsplanen, når borgeren udskrives fra akutmodtagelsen om natten?");
        assertThat(page.locator(".qa-question .qa-badge-open")).hasText("Åbent");
        screenshot("qa-question-asked-da");
    }

    @Test
    void a_resolved_general_question_shows_its_decision_and_accepted_answer_in_danish_and_english() {
        // The demo nurse asked the question that became a general question with a decision and guidance.
        AuthenticatedAs.login(users, "sygeplejerske");
        var id = questionLists.mine(0, 50).stream().filter(r -> r.title().contains("under 24 timer")).findFirst()
                .orElseThrow().id();
        AuthenticatedAs.logout();
        loginAs("sygeplejerske");
        open("/spoergsmaal/" + id);
        assertThat(page.locator(".qa-general h2")).hasText("Generelt spørgsmål til sundhedsklyngen");
        assertThat(page.locator(".qa-decision")).containsText("Klyngen præciserer");
        assertThat(page.locator(".qa-accepted .qa-badge-accepted")).hasText("Accepteret svar");
        screenshot("qa-question-da");

        page.locator("vaadin-button.language-switch").click();
        waitForVaadin();
        assertThat(page.locator(".qa-general h2")).hasText("General question to the health cluster");
        assertThat(page.locator(".qa-accepted .qa-badge-accepted")).hasText("Accepted answer");
        screenshot("qa-question-en");

        open("/spoergsmaal/nyt");
        assertThat(page.locator("h1")).hasText("Ask a doubt question");
        page.locator("vaadin-text-field input").first().pressSequentially("Weekend discharge medicin",
                new Locator.PressSequentiallyOptions().setDelay(30));
        waitForVaadin();
        screenshot("qa-ask-form-en");
    }
}
