package dk.sambo.portal.qa.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.service.Answering;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.Escalation;
import dk.sambo.portal.qa.service.GuidanceView;
import dk.sambo.portal.qa.service.PostHistory;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.qa.service.QuestionEditing;
import dk.sambo.portal.qa.service.QuestionLists;
import dk.sambo.portal.qa.service.QuestionReadModel;
import dk.sambo.portal.qa.service.QuestionRow;
import dk.sambo.portal.qa.service.Resolving;
import dk.sambo.portal.security.ui.LoginView;
import dk.sambo.portal.shared.i18n.PortalI18NProvider;

/** The doubt-question screens across roles, on the real services and demo data. */
class QaViewsTest extends KaribuTest {

    @Autowired
    Resolving resolving;
    @Autowired
    Answering answering;
    @Autowired
    Asking asking;
    @Autowired
    QuestionLists questionLists;
    @Autowired
    QuestionReadModel readModel;
    @Autowired
    QuestionEditing editing;
    @Autowired
    PostHistory postHistory;
    @Autowired
    Escalation escalation;
    @Autowired
    OrganisationService organisations;

    private static final List<String> ROUTES = List.of("spoergsmaal", "spoergsmaal/nyt", "spoergsmaal/1",
            "mine-spoergsmaal", "til-besvarelse", "klynge/opfoelgning", "vejledninger", "vejledninger/1",
            "indstillinger/notifikationer");

    @Test
    void anonymous_visitors_are_sent_to_the_login_page_from_every_question_screen() {
        for (var route : ROUTES) {
            navigate(route);
            assertThat(UI.getCurrent().getCurrentView()).as(route).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void staff_are_denied_the_queue_and_the_cluster_follow_up() {
        login("sygeplejerske");
        assertThatThrownBy(() -> navigate("til-besvarelse")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate("klynge/opfoelgning")).isInstanceOf(MockAccessDeniedException.class);
        login("kulturbaerer");
        assertThatThrownBy(() -> navigate("klynge/opfoelgning")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void the_question_list_shows_the_demo_questions_and_searches_in_danish() {
        login("hjemmehjaelper");
        navigate("spoergsmaal");
        assertThat(_get(H1.class).getText()).isEqualTo("Tvivlsspørgsmål");
        Grid<QuestionRow> grid = grid();
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(100);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(
                "Søg i spørgsmål, svar og emneord – fx \"udskrivning weekend\"")), "plejeforløbsplanen");
        var hits = GridKt._fetch(grid, 0, 50);
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().titleHtml() + hits.getFirst().snippetHtml()).contains("<mark>");
    }

    @Test
    void staff_asks_the_culture_bearer_answers_from_the_queue_and_the_asker_accepts() {
        login("sygeplejerske");
        navigate("spoergsmaal/nyt");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Overskrift")),
                "Hvem giver hjemmesygeplejen besked om ny ilt ved udskrivelse?");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Beskrivelse")),
                "Borgeren kom hjem uden ilt i går aftes.");
        @SuppressWarnings("unchecked")
        Select<String> topic = _get(Select.class, spec -> spec.withLabel("Emne"));
        _setValue(topic, "DISCHARGE");
        _click(_get(Button.class, spec -> spec.withText("Stil spørgsmålet")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(QuestionView.class);
        long id = currentId();

        login("kulturbaerer");
        navigate("til-besvarelse");
        assertThat(GridKt._fetch(grid(), 0, 200)).extracting(QuestionRow::id).contains(id);
        navigate("spoergsmaal/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Skriv et svar")),
                "Afdelingen bestiller ilten og skriver det i plejeforløbsplanen.");
        _click(_get(Button.class, spec -> spec.withText("Send svar")));
        assertThat(_find(Span.class, spec -> spec.withText("Kulturbærer"))).isNotEmpty();

        login("sygeplejerske");
        navigate("spoergsmaal/" + id);
        _click(_get(Button.class, spec -> spec.withText("Acceptér svaret")));
        assertThat(_find(Span.class, spec -> spec.withText("Løst"))).isNotEmpty();
        assertThat(_find(Span.class, spec -> spec.withText("Accepteret svar"))).isNotEmpty();
        assertThat(readModel.details(id).orElseThrow().status()).isEqualTo(QuestionStatus.RESOLVED);
    }

    @Test
    void unfollowing_a_question_shows_the_question_again_but_keeps_an_answer_being_typed() {
        login("sygeplejerske");
        long id = asking.ask(new QuestionDraft("Hvem bestiller transporten hjem efter dagkirurgi?", "",
                "DISCHARGE", List.of(), null, null));
        navigate("spoergsmaal/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Skriv et svar")), "Afdelingen bestiller den.");
        // The asker follows their own question; unfollowing changes only the question's part of the page.
        _click(_get(Button.class, spec -> spec.withText("Følg ikke længere")));
        assertThat(_find(Button.class, spec -> spec.withText("Følg"))).hasSize(1);
        assertThat(readModel.details(id).orElseThrow().following()).isFalse();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Skriv et svar")).getValue())
                .isEqualTo("Afdelingen bestiller den.");
    }

    @Test
    void an_overdue_question_shows_as_overdue_and_reaches_the_cluster_follow_up_after_escalation() {
        login("sygeplejerske");
        long id = asking.ask(new QuestionDraft("Hvem henter hjælpemidler på sygehuset efter udskrivelse?", "",
                "DISCHARGE", List.of(), null, null));
        clock.set(readModel.details(id).orElseThrow().dueAt().plusSeconds(3600));
        escalation.escalateOverdue();
        navigate("mine-spoergsmaal");
        var card = GridKt._getCellComponent(grid(), rowOf(grid(), id), "question");
        assertThat(texts(card)).contains("Over svarfristen", "Eskaleret til klyngen");

        login("implementering");
        navigate("klynge/opfoelgning");
        assertThat(GridKt._fetch(grid(), 0, 500)).extracting(QuestionRow::id).contains(id);
    }

    @Test
    void a_general_question_is_lifted_to_the_strategic_level_which_answers_with_a_decision() {
        long id = resolvedQuestion("Skal kommunen have besked, når en udskrivelse flyttes en dag?");
        login("leder");
        navigate("spoergsmaal/" + id);
        _click(_get(Button.class, spec -> spec.withText("Løft som generelt spørgsmål")));
        var dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class), "Afdelingerne gør det forskelligt; vi har brug for en fælles linje.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Løft som generelt spørgsmål")));
        assertThat(_find(Paragraph.class, spec -> spec.withText("Afventer beslutning fra det fagligt strategiske niveau.")))
                .isNotEmpty();

        login("strategisk");
        navigate("klynge/opfoelgning");
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        var grids = _find(Grid.class);
        @SuppressWarnings("unchecked")
        Grid<QuestionRow> general = grids.get(grids.size() - 1);
        assertThat(GridKt._fetch(general, 0, 100)).extracting(QuestionRow::id).contains(id);
        navigate("spoergsmaal/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Skriv klyngens beslutning")),
                "Klyngen beslutter: en flyttet udskrivelse meldes til kommunen samme dag.");
        _click(_get(Button.class, spec -> spec.withText("Gem beslutning")));
        assertThat(_find(Paragraph.class,
                spec -> spec.withText("Klyngen beslutter: en flyttet udskrivelse meldes til kommunen samme dag.")))
                .isNotEmpty();
        assertThat(readModel.details(id).orElseThrow().general().decision()).startsWith("Klyngen beslutter");
    }

    @Test
    void the_strategic_level_promotes_a_resolved_question_to_guidance_listed_by_topic() {
        long id = resolvedQuestion("Hvem aftaler tidspunktet for hjemkomst med pårørende i Sdr. Bjert?");
        login("strategisk");
        navigate("spoergsmaal/" + id);
        _click(_get(Button.class, spec -> spec.withText("Gør til fælles vejledning")));
        var dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Offentliggør vejledningen")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuidancePage.class);

        login("hjemmehjaelper");
        navigate("vejledninger");
        @SuppressWarnings("unchecked")
        Grid<GuidanceView> guidance = _get(Grid.class);
        assertThat(GridKt._fetch(guidance, 0, 200)).extracting(GuidanceView::questionId).contains(id);
    }

    @Test
    void the_ask_form_shows_similar_questions_while_the_title_is_typed() {
        login("hjemmehjaelper");
        navigate("spoergsmaal/nyt");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Overskrift")), "plejeforløbsplan kort indlæggelse");
        var similar = _get(Div.class, spec -> spec.withClasses("qa-similar"));
        assertThat(similar.isVisible()).isTrue();
        var links = _find(similar, Anchor.class);
        assertThat(links).hasSizeBetween(1, 5);
        assertThat(links.getFirst().getText()).containsIgnoringCase("plejeforløbsplan");
    }

    @Test
    void a_cpr_number_in_the_ask_form_marks_the_field_and_nothing_is_stored() {
        login("hjemmehjaelper");
        long before = questionLists.countMine();
        navigate("spoergsmaal/nyt");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Overskrift")), "Udskrivelse uden besked");
        var body = _get(TextArea.class, spec -> spec.withLabel("Beskrivelse"));
        _setValue(body, "Det gælder borger 120345-1234 fra i går.");
        @SuppressWarnings("unchecked")
        Select<String> topic = _get(Select.class, spec -> spec.withLabel("Emne"));
        _setValue(topic, "DISCHARGE");
        _click(_get(Button.class, spec -> spec.withText("Stil spørgsmålet")));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("CPR-nummer").contains("120345-••••");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AskView.class);
        assertThat(questionLists.countMine()).isEqualTo(before);
    }

    @Test
    void an_edit_conflict_keeps_what_the_person_typed_and_shows_the_other_version() {
        login("sygeplejerske");
        long id = asking.ask(new QuestionDraft("Hvem bestiller tolk til udskrivelsessamtalen?", "Første udgave.",
                "COMMUNICATION", List.of(), null, null));
        navigate("spoergsmaal/" + id);
        _click(_get(Button.class, spec -> spec.withText("Redigér")));
        var title = _get(TextField.class, spec -> spec.withLabel("Overskrift"));
        _setValue(title, "Hvem bestiller og betaler tolk til udskrivelsessamtalen?");

        // Meanwhile a culture bearer corrects the same question.
        AuthenticatedAs.login(userDetailsService, "kulturbaerer");
        var version = readModel.details(id).orElseThrow().version();
        editing.edit(id, version, new QuestionDraft("Tolk ved udskrivelsessamtale – hvem bestiller?",
                "Første udgave, rettet af kulturbæreren.", "COMMUNICATION", List.of(), null, null));
        login("sygeplejerske");

        _click(_get(Button.class, spec -> spec.withText("Gem")));
        var conflict = _get(Div.class, spec -> spec.withClasses("qa-conflict"));
        assertThat(conflict.isVisible()).isTrue();
        assertThat(_find(conflict, com.vaadin.flow.component.html.H3.class)).extracting(h -> h.getText())
                .containsExactly("Tolk ved udskrivelsessamtale – hvem bestiller?");
        assertThat(title.getValue()).isEqualTo("Hvem bestiller og betaler tolk til udskrivelsessamtalen?");
        assertThat(readModel.details(id).orElseThrow().title()).isEqualTo("Tolk ved udskrivelsessamtale – hvem bestiller?");

        // Having seen the other version, she saves again: now it goes through, and both earlier texts are kept.
        _click(_get(Button.class, spec -> spec.withText("Gem")));
        var details = readModel.details(id).orElseThrow();
        assertThat(details.title()).isEqualTo("Hvem bestiller og betaler tolk til udskrivelsessamtalen?");
        assertThat(postHistory.history(dk.sambo.portal.qa.domain.PostType.QUESTION, id)).extracting(r -> r.title())
                .containsExactly("Tolk ved udskrivelsessamtale – hvem bestiller?",
                        "Hvem bestiller tolk til udskrivelsessamtalen?");
    }

    @Test
    void the_screens_speak_english_for_a_person_who_chose_english() {
        login("hjemmehjaelper");
        UI.getCurrent().setLocale(PortalI18NProvider.ENGLISH);
        navigate("spoergsmaal");
        assertThat(_get(H1.class).getText()).isEqualTo("Doubt questions");
        navigate("spoergsmaal/nyt");
        assertThat(_get(H1.class).getText()).isEqualTo("Ask a doubt question");
        assertThat(_find(Button.class, spec -> spec.withText("Ask the question"))).hasSize(1);
        navigate("vejledninger");
        assertThat(_get(H1.class).getText()).isEqualTo("Agreed guidance");
    }

    @Test
    void the_queue_lists_overdue_questions_first() {
        login("sygeplejerske");
        long late = asking.ask(new QuestionDraft("Hvem melder færdigbehandling om søndagen?", "", "DISCHARGE",
                List.of(), null, null));
        clock.advance(java.time.Duration.ofDays(6));
        long fresh = asking.ask(new QuestionDraft("Hvem melder færdigbehandling om lørdagen?", "", "DISCHARGE",
                List.of(), null, null));
        login("kulturbaerer");
        navigate("til-besvarelse");
        var ids = GridKt._fetch(grid(), 0, 500).stream().map(QuestionRow::id).toList();
        assertThat(ids).containsSubsequence(late, fresh);
        assertThat(GridKt._fetch(grid(), 0, 500).getFirst().overdue()).isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private long resolvedQuestion(String title) {
        AuthenticatedAs.login(userDetailsService, "sygeplejerske");
        long id = asking.ask(new QuestionDraft(title, "", "DISCHARGE", List.of(), null, null));
        AuthenticatedAs.login(userDetailsService, "kulturbaerer");
        long answer = answering.answer(id, "Afdelingen aftaler det med kommunen og de pårørende.");
        AuthenticatedAs.login(userDetailsService, "sygeplejerske");
        resolving.accept(answer);
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Grid<QuestionRow> grid() {
        return _get(Grid.class);
    }

    private static int rowOf(Grid<QuestionRow> grid, long id) {
        var rows = GridKt._fetch(grid, 0, 500);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("Question " + id + " not in the list");
    }

    private static long currentId() {
        var path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    /**
     * Sets a field as a person would. Karibu's own _setValue calls a method Vaadin 25.2 no longer has, so this
     * sets the value directly; the views here do not depend on the value coming from the client.
     */
    private static <V> void _setValue(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        field.setValue(value);
    }

    private static List<String> texts(Component root) {
        return _find(root, Span.class).stream().map(Span::getText).toList();
    }
}
