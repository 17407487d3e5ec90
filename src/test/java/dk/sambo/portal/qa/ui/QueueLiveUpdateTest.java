package dk.sambo.portal.qa.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.service.Answering;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.Moderation;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.qa.service.QuestionLists;
import dk.sambo.portal.qa.service.QuestionRow;
import dk.sambo.portal.qa.service.Resolving;

/**
 * Issue 12: the culture bearer's open queue "Til besvarelse" follows what happens to its questions without a reload:
 * its count and its list refresh by push (the same view, grid and choice, so nothing the reader did is lost). Across
 * nodes the change travels on the cluster channel ({@code EventsTwoNodesIT}); here the in-process channel. Issue 14:
 * the question page (answers, comments, acceptance) and the start page's cards do the same, and what the reader is
 * typing stays; a question hidden from the reader leaves their page; a screen that is left stops listening.
 * {@code LiveUpdateBrowserIT} checks the same in Chromium with two people.
 */
class QueueLiveUpdateTest extends KaribuTest {

    @Autowired Asking asking;
    @Autowired QuestionLists questions;
    @Autowired Moderation moderation;
    @Autowired QaLiveUpdate live;
    @Autowired Answering answering;
    @Autowired Resolving resolving;

    @Test
    void a_question_asked_and_then_hidden_while_the_queue_is_open_shows_and_goes_in_its_count_and_list() {
        login("kulturbaerer");
        navigate("til-besvarelse");
        var view = UI.getCurrent().getCurrentView();
        var grid = grid();
        long before = questions.countQueue(QuestionStatus.OPEN);
        assertThat(summary()).startsWith(before + " ubesvarede");

        AuthenticatedAs.login(userDetailsService, "sygeplejerske");
        long id = asking.ask(new QuestionDraft("Hvem aftaler hjemtransporten efter en sen udskrivelse?", "",
                "DISCHARGE", List.of(), null, null));
        login("kulturbaerer");
        MockVaadin.clientRoundtrip(false);

        assertThat(UI.getCurrent().getCurrentView()).as("not reloaded").isSameAs(view);
        assertThat(grid()).isSameAs(grid);
        assertThat(summary()).startsWith((before + 1) + " ubesvarede");
        assertThat(ids()).contains(id);
        assertThat(_get(Select.class).getValue()).isEqualTo(QuestionStatus.OPEN);

        moderation.hide(PostType.QUESTION, id, "Dublet af et besvaret spørgsmål");
        MockVaadin.clientRoundtrip(false);

        assertThat(summary()).startsWith(before + " ubesvarede");
        assertThat(ids()).doesNotContain(id);
    }

    @Test
    void a_queue_that_is_left_stops_listening() {
        login("kulturbaerer");
        int open = live.openScreens();
        navigate("til-besvarelse");
        assertThat(live.openScreens()).isEqualTo(open + 1);

        navigate("mine-spoergsmaal");

        assertThat(live.openScreens()).isEqualTo(open);
    }

    @Test
    void the_askers_open_question_page_shows_new_answers_comments_and_the_acceptance_and_keeps_what_she_types() {
        login("sygeplejerske");
        long id = asking.ask(new QuestionDraft("Hvem bestiller hjælpemidler, når borgeren udskrives en fredag?", "",
                "DISCHARGE", List.of(), null, null));
        navigate("spoergsmaal/" + id);
        var view = UI.getCurrent().getCurrentView();
        // She starts an answer of her own and a comment on her question, and does not send them.
        var answerField = _get(TextArea.class, spec -> spec.withLabel("Skriv et svar"));
        _setValue(answerField, "Jeg tror, det er terapeuterne");
        _click(_get(Button.class, spec -> spec.withText("Tilføj kommentar")));
        var commentField = commentFields().getFirst();
        _setValue(commentField, "Det haster lidt");

        as("kulturbaerer");
        long answer = answering.answer(id, "Sygehusets terapeuter bestiller dem inden udskrivelsen.");
        login("sygeplejerske");
        MockVaadin.clientRoundtrip(false);

        assertThat(UI.getCurrent().getCurrentView()).as("not reloaded").isSameAs(view);
        assertThat(PageText.now()).contains("Sygehusets terapeuter bestiller dem inden udskrivelsen.", "Besvaret");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Skriv et svar"))).isSameAs(answerField);
        assertThat(answerField.getValue()).isEqualTo("Jeg tror, det er terapeuterne");
        assertThat(commentFields()).containsExactly(commentField);
        assertThat(commentField.getValue()).isEqualTo("Det haster lidt");

        // She starts a comment under the answer; a comment from the culture bearer on the answer shows the answer
        // again, and her open form moves into it with its text.
        _click(_find(Button.class, spec -> spec.withText("Tilføj kommentar")).getLast());
        var underAnswer = commentFields().getLast();
        _setValue(underAnswer, "Gælder det også");
        as("kulturbaerer");
        answering.comment(id, answer, "Også i weekenden.");
        login("sygeplejerske");
        MockVaadin.clientRoundtrip(false);
        assertThat(PageText.now()).contains("Også i weekenden.");
        assertThat(commentFields()).containsExactly(commentField, underAnswer);
        assertThat(underAnswer.getValue()).isEqualTo("Gælder det også");
        assertThat(underAnswer.isAttached()).isTrue();

        as("kulturbaerer");
        resolving.accept(answer);
        login("sygeplejerske");
        MockVaadin.clientRoundtrip(false);
        assertThat(PageText.now()).contains("Accepteret svar", "Løst");
        assertThat(answerField.getValue()).isEqualTo("Jeg tror, det er terapeuterne");
    }

    @Test
    void a_question_hidden_while_another_reader_has_it_open_leaves_her_page() {
        login("sygeplejerske");
        long id = asking.ask(new QuestionDraft("Må hjemmeplejen give den første dosis efter udskrivelsen?", "",
                "DISCHARGE", List.of(), null, null));
        login("hjemmehjaelper");
        navigate("spoergsmaal/" + id);
        assertThat(PageText.now()).contains("Må hjemmeplejen give den første dosis efter udskrivelsen?");

        as("kulturbaerer");
        moderation.hide(PostType.QUESTION, id, "Stillet to gange");
        login("hjemmehjaelper");
        MockVaadin.clientRoundtrip(false);

        assertThat(PageText.now()).doesNotContain("Må hjemmeplejen give den første dosis efter udskrivelsen?")
                .contains("ikke længere synligt for dig");
    }

    @Test
    void another_questions_change_leaves_an_open_question_page_alone_and_a_page_that_is_left_stops_listening() {
        login("sygeplejerske");
        long mine = asking.ask(new QuestionDraft("Hvem følger op på vægten efter udskrivelsen?", "", "DISCHARGE",
                List.of(), null, null));
        int open = live.openScreens();
        navigate("spoergsmaal/" + mine);
        assertThat(live.openScreens()).isEqualTo(open + 1);
        var heading = _get(com.vaadin.flow.component.html.H2.class, spec -> spec.withClasses("qa-answers-heading"));

        as("kulturbaerer");
        long other = asking.ask(new QuestionDraft("Et andet spørgsmål om udskrivelsen af en borger i weekenden?",
                "", "DISCHARGE", List.of(), null, null));
        answering.answer(other, "Et svar på det andet spørgsmål.");
        login("sygeplejerske");
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withClasses("qa-answers-heading")))
                .as("not shown again").isSameAs(heading);

        navigate("");
        assertThat(live.openScreens()).as("the start page's live cards").isGreaterThanOrEqualTo(open);
        navigate("mine-spoergsmaal");
        assertThat(live.openScreens()).isEqualTo(open);
    }

    @Test
    void the_culture_bearers_start_page_counts_a_new_question_without_a_reload() {
        login("kulturbaerer");
        long before = questions.countQueue(QuestionStatus.OPEN);
        navigate("");
        var view = UI.getCurrent().getCurrentView();
        assertThat(PageText.now()).contains(before + "\nåbne i din kø");

        as("sygeplejerske");
        asking.ask(new QuestionDraft("Hvem giver besked til egen læge ved en udskrivelse om natten?", "",
                "DISCHARGE", List.of(), null, null));
        login("kulturbaerer");
        MockVaadin.clientRoundtrip(false);

        assertThat(UI.getCurrent().getCurrentView()).isSameAs(view);
        assertThat(PageText.now()).contains((before + 1) + "\nåbne i din kø");
    }

    /** As the browser sends a typed value (Karibu's own helper does not match Vaadin 25's field internals). */
    private static void _setValue(TextArea field, String value) {
        field.setValue(value);
    }

    private void as(String username) {
        AuthenticatedAs.login(userDetailsService, username);
    }

    private static List<TextArea> commentFields() {
        return _find(TextArea.class).stream().filter(t -> "Kommentar".equals(t.getAriaLabel().orElse(null)))
                .toList();
    }

    private static String summary() {
        return _find(Paragraph.class).stream().filter(p -> p.hasClassName("qa-queue-summary")).findFirst()
                .orElseThrow().getText();
    }

    private static List<Long> ids() {
        return GridKt._fetch(grid(), 0, 500).stream().map(QuestionRow::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<QuestionRow> grid() {
        return _get(Grid.class);
    }
}
