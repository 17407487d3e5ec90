package dk.sambo.portal.qa.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import dk.sambo.portal.e2e.BrowserTest;

/**
 * Issue 14, "it updates itself", in Chromium with two people at once (two browser contexts, two sessions): the
 * nurse asks a question and the culture bearer's open queue shows it within seconds without a reload; the culture
 * bearer answers and the nurse's open question page shows the answer while the comment she is typing stays in
 * its field. Screenshots {@code target/screenshots/qa-live-*.png}.
 */
class LiveUpdateBrowserIT extends BrowserTest {

    /** "Within a few seconds": the push arrives in well under a second on a quiet machine; room for a loaded one. */
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(10_000);

    private BrowserContext second;

    @AfterEach
    void closeSecond() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void the_queue_shows_a_new_question_and_the_question_page_a_new_answer_while_a_comment_is_typed() {
        var nurse = page;
        second = browserContext.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("da-DK").setTimezoneId(browserTimeZone()));
        second.setDefaultTimeout(60_000);
        var bearer = second.newPage();

        as(bearer, () -> {
            loginAs("kulturbaerer");
            open("/til-besvarelse");
        });
        var summary = bearer.locator(".qa-queue-summary");
        assertThat(summary).isVisible();
        var before = summary.textContent();

        var title = "Hvem bestiller plejesengen, når borgeren udskrives fredag eftermiddag? " + System.nanoTime();
        as(nurse, () -> {
            loginAs("sygeplejerske");
            open("/spoergsmaal/nyt");
            nurse.locator("vaadin-text-field input").first().fill(title);
            nurse.locator("vaadin-text-area textarea").first().fill("Hjemmeplejen fik besked for sent.");
            nurse.locator("vaadin-select").first().click();
            nurse.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Udskrivning")).click();
            nurse.locator("vaadin-button", new Page.LocatorOptions().setHasText("Stil spørgsmålet")).click();
            nurse.waitForURL(address -> address.matches(".*/spoergsmaal/\\d+$"));
            waitForVaadin();
        });
        var questionPath = nurse.url().replaceFirst("^https?://[^/]+", "");

        // The culture bearer did nothing: her open queue shows the question and a new count.
        assertThat(bearer.locator("vaadin-grid").getByText(title)).isVisible(SOON);
        assertThat(summary).not().hasText(before);
        as(bearer, () -> screenshot("qa-live-queue"));

        // The nurse starts a comment on her question and is still typing (no blur, nothing sent).
        nurse.locator("vaadin-button", new Page.LocatorOptions().setHasText("Tilføj kommentar")).first().click();
        var comment = nurse.locator(".qa-comment-form textarea").first();
        comment.click();
        comment.pressSequentially("Vi venter stadig på", new Locator.PressSequentiallyOptions().setDelay(20));

        var answer = "Sygehusets terapeut bestiller sengen dagen før udskrivelsen. " + System.nanoTime();
        as(bearer, () -> {
            open(questionPath);
            bearer.locator(".qa-answer-form textarea").fill(answer);
            bearer.locator("vaadin-button", new Page.LocatorOptions().setHasText("Send svar")).click();
            assertThat(bearer.locator(".qa-answer").getByText(answer)).isVisible();
        });

        assertThat(nurse.locator(".qa-answer").getByText(answer)).isVisible(SOON);
        assertThat(nurse.locator(".qa-question .qa-badge-answered")).isVisible();
        assertThat(comment).hasValue("Vi venter stadig på");
        // She goes on typing where she was.
        comment.pressSequentially(" sengen.", new Locator.PressSequentiallyOptions().setDelay(20));
        assertThat(comment).hasValue("Vi venter stadig på sengen.");
        as(nurse, () -> screenshot("qa-live-question"));
    }

    /** Runs the base class's helpers (login, open, screenshot) on another person's page. */
    private void as(Page who, Runnable steps) {
        var mine = page;
        page = who;
        try {
            steps.run();
        } finally {
            page = mine;
        }
    }
}
