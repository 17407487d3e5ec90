package dk.sambo.portal.qa.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.microsoft.playwright.Page;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.e2e.BrowserTest;
import dk.sambo.portal.qa.service.Answering;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.shared.text.XssCorpus;

/**
 * Issue 14, Markdown in answers and comments, in Chromium: every text of the XSS corpus ({@link XssCorpus}, each
 * {@code alert(1)} swapped for setting {@code window.__xss}) posted as an answer and as a comment is shown on the
 * question page and nothing runs: no flag, no dialog, and not even an attempt the Content-Security-Policy had to
 * refuse (the base class fails a test on any). Bold text and a link render; the preview renders as the page does.
 */
class MarkdownXssBrowserIT extends BrowserTest {

    private static final String FLAG_SCRIPT = """
            window.__xss = 0;
            window.alert = window.confirm = window.prompt = () => { window.__xss = (window.__xss || 0) + 1; };""";

    @Autowired
    Asking asking;
    @Autowired
    Answering answering;
    @Autowired
    UserDetailsService users;

    @Test
    void the_xss_corpus_as_answers_and_comments_runs_nothing_and_bold_text_and_links_render() {
        var payloads = XssCorpus.PAYLOADS.stream().map(p -> p.replace("alert(1)", "window.__xss=1")
                .replace("alert(2)", "window.__xss=2").replace("msgbox(1)", "window.__xss=1")).toList();
        AuthenticatedAs.login(users, "sygeplejerske");
        long id = asking.ask(new QuestionDraft("Hvordan skriver jeg et link i et svar? " + System.nanoTime(), "",
                "DISCHARGE", List.of(), null, null));
        AuthenticatedAs.login(users, "kulturbaerer");
        long readable = answering.answer(id, "**Fed tekst** og et link til [aftalen](https://sambo.example/aftale)"
                + " eller https://www.sst.dk/udskrivning\n\n- punkt ét\n- punkt to\n\n> et citat");
        for (var payload : payloads) {
            long answer = answering.answer(id, payload);
            answering.comment(id, answer, payload);
            answering.comment(id, null, payload);
        }
        AuthenticatedAs.logout();

        var dialogs = new AtomicInteger();
        browserContext.addInitScript(FLAG_SCRIPT);
        page.onDialog(dialog -> {
            dialogs.incrementAndGet();
            dialog.dismiss();
        });
        loginAs("sygeplejerske");
        open("/spoergsmaal/" + id);
        var markdown = page.locator(".qa-markdown");
        assertThat(markdown.first()).isVisible();
        // Answers, one comment under each and as many under the question, and the readable answer.
        assertThat(markdown).hasCount(3 * payloads.size() + 1);
        page.locator(".qa-answer").last().scrollIntoViewIfNeeded();
        page.waitForTimeout(1000);

        Assertions.assertThat(page.evaluate("() => window.__xss")).as("flag").isEqualTo(0);
        Assertions.assertThat(dialogs.get()).as("dialogs").isZero();
        Assertions.assertThat(page.evaluate("""
                () => document.querySelectorAll('.qa-markdown script, .qa-markdown img, .qa-markdown svg,'
                    + ' .qa-markdown iframe, .qa-markdown object, .qa-markdown embed, .qa-markdown style,'
                    + ' .qa-markdown form, .qa-markdown input').length""")).isEqualTo(0);
        Assertions.assertThat(page.evaluate("""
                () => [...document.querySelectorAll('.qa-markdown *')].flatMap(e => [...e.attributes])
                    .filter(a => a.name.startsWith('on') || a.name === 'style' || a.name === 'src').length"""))
                .isEqualTo(0);
        Assertions.assertThat(page.evaluate("""
                () => [...document.querySelectorAll('.qa-markdown a[href]')].map(a => a.href)
                    .filter(h => h !== '' && !/^(https?|mailto):/i.test(h) && h !== location.href).length"""))
                .isEqualTo(0);

        var first = page.locator(".qa-answer", new Page.LocatorOptions().setHasText("Fed tekst"));
        assertThat(first.locator(".qa-markdown strong")).hasText("Fed tekst");
        var link = first.locator(".qa-markdown a", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("aftalen"));
        assertThat(link).hasAttribute("href", "https://sambo.example/aftale");
        assertThat(link).hasAttribute("rel", "noopener noreferrer nofollow");
        assertThat(first.locator(".qa-markdown a[href='https://www.sst.dk/udskrivning']")).hasCount(1);
        assertThat(first.locator(".qa-markdown li")).hasCount(2);
        assertThat(first.locator(".qa-markdown blockquote")).hasText("et citat");
        assertThat(page.locator(".qa-answer", new Page.LocatorOptions().setHasText("window.__xss=1")).first())
                .isVisible();
        first.scrollIntoViewIfNeeded();
        screenshot("qa-markdown-answers");

        // The preview beside the answer form shows the same rendering, and runs nothing either.
        var field = page.locator(".qa-answer-form textarea");
        field.fill("**forhåndsvist** <img src=x onerror=window.__xss=1> [x](javascript:window.__xss=1)");
        page.locator(".qa-answer-form vaadin-button", new Page.LocatorOptions().setHasText("Vis forhåndsvisning"))
                .click();
        assertThat(page.locator(".qa-markdown-shown strong")).hasText("forhåndsvist");
        assertThat(page.locator(".qa-markdown-shown img")).hasCount(0);
        page.waitForTimeout(500);
        Assertions.assertThat(page.evaluate("() => window.__xss")).isEqualTo(0);
        assertThat(field).hasValue("**forhåndsvist** <img src=x onerror=window.__xss=1> [x](javascript:window.__xss=1)");
        screenshot("qa-markdown-preview");
        Assertions.assertThat(readable).isPositive();
    }
}
