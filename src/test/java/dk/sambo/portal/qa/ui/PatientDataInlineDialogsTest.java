package dk.sambo.portal.qa.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;


/**
 * Issue 10, the rest of the question page's free-text fields (the ask form, the answer and the reopen reason are
 * {@link PatientDataInlineTest}): a CPR number in any of its forms is marked inline at the field it stands in, every
 * offending field at once, no toast covers the form, and nothing is stored. Each case uses another of the widened
 * guard's forms.
 */
class PatientDataInlineDialogsTest extends QaKaribuTest {


    @Test
    void a_comment_is_marked_inline_and_not_posted() {
        long id = asked("Hvem giver besked om ændret medicin ved udskrivelse?");
        login("kulturbaerer");
        navigate("spoergsmaal/" + id);
        _click(_get(Button.class, spec -> spec.withText("Tilføj kommentar")));
        var comment = _get(_get(Div.class, spec -> spec.withClasses("qa-comment-form")), TextArea.class);
        comment.setValue("Ring om 01-02-85-1234 i morgen.");
        _click(_get(Button.class, spec -> spec.withText("Send")));

        assertMarked(comment);
        assertThat(details(id).comments()).isEmpty();
    }

    @Test
    void the_reason_for_lifting_to_the_cluster_is_marked_in_its_dialog_and_nothing_is_lifted() {
        long id = resolved("Skal kommunen have besked, når en udskrivelse flyttes en time?", "Afdelingen gør det samme dag.");
        login("leder");
        navigate("spoergsmaal/" + id);
        _click(_get(Button.class, spec -> spec.withText("Løft som generelt spørgsmål")));
        var dialog = _get(ReasonDialog.class);
        dialog.reason.setValue("Det skete for 010285/1234 i sidste uge.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Løft som generelt spørgsmål")));

        assertMarked(dialog.reason);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(details(id).general()).isNull();
    }

    @Test
    void the_reason_for_hiding_is_marked_in_its_dialog_and_nothing_is_hidden() {
        long id = asked("Hvem bestiller kørsel ved udskrivelse fra M1?");
        login("implementering");
        navigate("spoergsmaal/" + id);
        ContextMenuKt._clickItemWithCaption(_find(MenuBar.class).getFirst(), "Skjul");
        var dialog = _get(ReasonDialog.class);
        dialog.reason.setValue("Indeholder 01 02 85 1234");
        _click(_get(dialog, Button.class, spec -> spec.withText("Skjul")));

        assertMarked(dialog.reason);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(details(id).hidden()).isFalse();
    }

    @Test
    void the_clusters_decision_is_marked_inline_and_not_saved() {
        long id = resolved("Skal kommunen have besked, når en udskrivelse flyttes to dage?", "Afdelingen gør det samme dag.");
        login("leder");
        navigate("spoergsmaal/" + id);
        _click(_get(Button.class, spec -> spec.withText("Løft som generelt spørgsmål")));
        var lift = _get(ReasonDialog.class);
        lift.reason.setValue("Afdelingerne gør det forskelligt.");
        _click(_get(lift, Button.class, spec -> spec.withText("Løft som generelt spørgsmål")));

        login("strategisk");
        navigate("spoergsmaal/" + id);
        var decision = _get(TextArea.class, spec -> spec.withLabel("Skriv klyngens beslutning"));
        decision.setValue("Som for borger 010285.1234: samme dag.");
        _click(_get(Button.class, spec -> spec.withText("Gem beslutning")));

        assertMarked(decision);
        assertThat(details(id).general().decision()).isNull();
    }

    @Test
    void promoting_to_guidance_marks_title_and_text_at_once_and_publishes_nothing() {
        long id = resolved("Hvem aftaler hjemkomst med pårørende i Vamdrup?", "Afdelingen gør det samme dag.");
        var dialog = promoteDialog(id);
        var title = _get(dialog, TextField.class);
        var body = _get(dialog, TextArea.class);
        title.setValue("Hjemkomst for ０１０２８５-１２３４");
        body.setValue("Afdelingen aftaler med pårørende, som ved 01.02.85.1234.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Offentliggør vejledningen")));

        assertMarked(title);
        assertMarked(body);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(details(id).guidanceId()).isNull();
    }

    @Test
    void editing_the_question_marks_title_and_text_at_once_and_keeps_the_old_text() {
        long id = asked("Hvem sender plejeforløbsplanen ved en kort indlæggelse?");
        login("sygeplejerske");
        navigate("spoergsmaal/" + id);
        _click(_get(Button.class, spec -> spec.withText("Redigér")));
        var title = _get(TextField.class, spec -> spec.withLabel("Overskrift"));
        var body = _get(TextArea.class, spec -> spec.withLabel("Beskrivelse"));
        title.setValue("Plejeforløbsplan for 01O285-1234");
        body.setValue("Gælder 0 1 0 2 8 5 1 2 3 4.");
        _click(_get(Button.class, spec -> spec.withText("Gem")));

        assertMarked(title);
        assertMarked(body);
        assertThat(details(id).title()).isEqualTo("Hvem sender plejeforløbsplanen ved en kort indlæggelse?");
    }

    @Test
    void editing_an_answer_marks_it_inline_and_keeps_the_old_text() {
        long id = asked("Hvem sender genoptræningsplanen ved udskrivelse fredag?");
        login("kulturbaerer");
        answering.answer(id, "Sygehuset sender den samme dag.");
        navigate("spoergsmaal/" + id);
        var card = _get(AnswerCard.class);
        _click(_get(card, Button.class, spec -> spec.withText("Redigér")));
        // The editor takes the card's place.
        var editor = _get(Div.class, spec -> spec.withClasses("qa-editing"));
        var answer = _get(editor, TextArea.class);
        answer.setValue("Sygehuset sender den, som for 010285_1234.");
        _click(_get(editor, Button.class, spec -> spec.withText("Gem")));

        assertMarked(answer);
        assertThat(details(id).answers().getFirst().body()).isEqualTo("Sygehuset sender den samme dag.");
    }




    private static void assertMarked(HasValue<?, ?> field) {
        var validation = (com.vaadin.flow.component.HasValidation) field;
        assertThat(validation.isInvalid()).as("marked inline").isTrue();
        assertThat(validation.getErrorMessage()).contains("CPR-nummer");
        assertThat(_find(Notification.class).stream().filter(Notification::isOpened))
                .as("no toast covers the field").isEmpty();
    }
}
