package dk.sambo.portal.qa.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.shared.ui.Forms;

/**
 * The question page's one-text forms – an answer, new or edited, and a comment – as form records bound with
 * {@link Forms#binder}: the rules sit on the record with translation keys as messages, the field shows a broken rule
 * itself, and the service checks the same rules again ({@code QaText.require}). Public for the binder.
 */
public final class PostText {

    private PostText() {
    }

    /** An answer's text. */
    public record Answer(
            @NotBlank(message = "qa.error.required.answer")
            @Size(max = QuestionDraft.BODY_MAX, message = "qa.error.too-long.answer") String text) {
    }

    /** A comment's text. */
    public record Comment(
            @NotBlank(message = "qa.error.required.comment")
            @Size(max = QuestionDraft.COMMENT_MAX, message = "qa.error.too-long.comment") String text) {
    }

    /**
     * Binds the field to the record's text and shows {@code initial} in it. The field's own length check is left out
     * (it has no message of its own); the record's {@code @Size} says it in the reader's words.
     */
    static <T extends Record> Binder<T> bind(Class<T> type, TextArea field, T initial) {
        var binder = Forms.binder(type);
        binder.forField(field).withDefaultValidator(false).bind("text");
        binder.readRecord(initial);
        return binder;
    }
}
