package dk.sambo.portal.qa.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.qa.service.GuidanceService;
import dk.sambo.portal.qa.service.QuestionDraft;

/**
 * The question page's forms – answer, edited answer, comment – and the guidance form (promoting and editing) check
 * their rules with a bound form record: an empty or too long text is marked at its field, every broken field at
 * once, nothing is stored, and valid input is saved.
 */
class QaFormsTest extends QaKaribuTest {

    @Autowired
    GuidanceService guidance;

    @Test
    void an_empty_or_too_long_answer_is_marked_at_the_field_and_a_valid_one_is_sent() {
        long id = asked("Hvem bestiller hjemmesygeplejen til weekenden?");
        login("kulturbaerer");
        navigate("spoergsmaal/" + id);
        var field = _get(TextArea.class, spec -> spec.withLabel("Skriv et svar"));
        var send = _get(Button.class, spec -> spec.withText("Send svar"));

        _click(send);
        assertInvalid(field, "Skriv et svar.");
        field.setValue("x".repeat(QuestionDraft.BODY_MAX + 1));
        _click(send);
        assertInvalid(field, "Svaret må højst være 10.000 tegn.");
        assertThat(details(id).answers()).isEmpty();

        login("kulturbaerer");
        field.setValue("Afdelingen bestiller den inden kl. 12 fredag.");
        assertThat(field.isInvalid()).as("the mark goes when the text is fixed").isFalse();
        _click(send);
        assertThat(details(id).answers()).extracting(a -> a.body())
                .containsExactly("Afdelingen bestiller den inden kl. 12 fredag.");
    }

    @Test
    void an_edited_answer_left_empty_is_marked_and_keeps_the_old_text_and_a_valid_edit_is_saved() {
        long id = asked("Hvem sender medicinlisten til egen læge?");
        login("kulturbaerer");
        answering.answer(id, "Sygehuset sender den.");
        navigate("spoergsmaal/" + id);
        _click(_get(_get(AnswerCard.class), Button.class, spec -> spec.withText("Redigér")));
        var editor = _get(Div.class, spec -> spec.withClasses("qa-editing"));
        var field = _get(editor, TextArea.class);
        assertThat(field.getValue()).isEqualTo("Sygehuset sender den.");
        field.setValue("  ");
        _click(_get(editor, Button.class, spec -> spec.withText("Gem")));
        assertInvalid(field, "Skriv et svar.");
        assertThat(details(id).answers().getFirst().body()).isEqualTo("Sygehuset sender den.");

        login("kulturbaerer");
        field.setValue("Sygehuset sender den samme dag som udskrivelsen.");
        _click(_get(editor, Button.class, spec -> spec.withText("Gem")));
        assertThat(details(id).answers().getFirst().body())
                .isEqualTo("Sygehuset sender den samme dag som udskrivelsen.");
    }

    @Test
    void an_empty_or_too_long_comment_is_marked_at_the_field_and_a_valid_one_is_posted() {
        long id = asked("Hvem giver besked om ny hjælpemiddelbevilling?");
        login("kulturbaerer");
        navigate("spoergsmaal/" + id);
        _click(_get(Button.class, spec -> spec.withText("Tilføj kommentar")));
        var form = _get(Div.class, spec -> spec.withClasses("qa-comment-form"));
        var field = _get(form, TextArea.class);
        var send = _get(form, Button.class, spec -> spec.withText("Send"));

        _click(send);
        assertInvalid(field, "Skriv en kommentar.");
        field.setValue("y".repeat(QuestionDraft.COMMENT_MAX + 1));
        _click(send);
        assertInvalid(field, "Kommentaren må højst være 2.000 tegn.");
        assertThat(details(id).comments()).isEmpty();

        login("kulturbaerer");
        field.setValue("Kommunens visitator giver besked.");
        _click(send);
        assertThat(details(id).comments()).extracting(c -> c.body()).containsExactly("Kommunens visitator giver besked.");
    }

    @Test
    void promoting_marks_every_missing_field_at_once_and_then_the_past_review_date_and_publishes_when_valid() {
        long id = resolved("Hvem aftaler hjemkomsttidspunktet med plejecentret?", "Afdelingen aftaler det samme dag.");
        var dialog = promoteDialog(id);
        var title = _get(dialog, TextField.class);
        var body = _get(dialog, TextArea.class);
        @SuppressWarnings("unchecked")
        Select<String> topic = _get(dialog, Select.class);
        var reviewDate = _get(dialog, DatePicker.class);
        var publish = _get(dialog, Button.class, spec -> spec.withText("Offentliggør vejledningen"));
        title.setValue("");
        body.setValue("");
        topic.setValue(null);
        reviewDate.setValue(null);

        _click(publish);
        assertInvalid(title, "Skriv en overskrift.");
        assertInvalid(body, "Skriv vejledningens tekst.");
        assertInvalid(topic, "Vælg et emne.");
        assertInvalid(reviewDate, "Revisionsdatoen skal ligge efter i dag.");
        assertThat(dialog.isOpened()).isTrue();

        // Only the service knows today: a date that has passed comes back marked at the date field.
        title.setValue("Hjemkomst til plejecenter aftales dagen før");
        body.setValue("Afdelingen ringer til plejecentret dagen før udskrivelsen.");
        topic.setValue("DISCHARGE");
        reviewDate.setValue(java.time.LocalDate.now(clock).minusDays(1));
        _click(publish);
        assertInvalid(reviewDate, "Revisionsdatoen skal ligge efter i dag.");
        assertThat(title.isInvalid()).isFalse();
        assertThat(details(id).guidanceId()).isNull();

        login("strategisk");
        reviewDate.setValue(java.time.LocalDate.now(clock).plusMonths(6));
        _click(publish);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuidancePage.class);
        assertThat(details(id).guidanceId()).isNotNull();
    }

    @Test
    void editing_guidance_marks_a_too_long_title_and_saves_a_valid_one() {
        long id = resolved("Hvem sender udskrivningsbrevet til hjemmeplejen?", "Afdelingen aftaler det samme dag.");
        login("strategisk");
        long guidanceId = guidance.promote(id, guidance.proposal(id));
        navigate("vejledninger/" + guidanceId);
        _click(_get(Button.class, spec -> spec.withText("Redigér vejledningen")));
        var title = _get(TextField.class, spec -> spec.withLabel("Vejledningens overskrift"));
        title.setValue("z".repeat(QuestionDraft.TITLE_MAX + 1));
        _click(_get(Button.class, spec -> spec.withText("Gem")));
        assertInvalid(title, "Overskriften må højst være 200 tegn.");
        assertThat(guidance.get(guidanceId).orElseThrow().title()).isEqualTo(
                "Hvem sender udskrivningsbrevet til hjemmeplejen?");

        title.setValue("Udskrivningsbrevet sendes til hjemmeplejen samme dag");
        _click(_get(Button.class, spec -> spec.withText("Gem")));
        assertThat(guidance.get(guidanceId).orElseThrow().title())
                .isEqualTo("Udskrivningsbrevet sendes til hjemmeplejen samme dag");
        assertThat(_find(Button.class, spec -> spec.withText("Redigér vejledningen"))).hasSize(1);
    }

    private static void assertInvalid(Object field, String message) {
        var validation = (HasValidation) field;
        assertThat(validation.isInvalid()).as("marked: " + message).isTrue();
        assertThat(validation.getErrorMessage()).isEqualTo(message);
    }



}
