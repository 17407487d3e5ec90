package dk.sambo.portal.qa.ui;

import java.util.EnumSet;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.service.AnswerView;
import dk.sambo.portal.qa.service.QuestionDetails;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.shared.ui.Feedback;

/**
 * One answer: author, culture-bearer and accepted badges, the text (or why it is hidden), useful, accept, edit
 * with history, moderation, and its comments. Marking useful or accepting shows the answers again (their order
 * and the question's status change); editing happens in place.
 */
final class AnswerCard extends Div {

    private final QuestionDetails details;
    private final AnswerView a;
    private final QuestionPageServices services;
    private final QuestionPageActions page;

    AnswerCard(QuestionDetails details, AnswerView a, QuestionPageServices services, QuestionPageActions page,
            @Nullable Div keptCommentForm) {
        this.details = details;
        this.a = a;
        this.services = services;
        this.page = page;
        addClassNames("qa-post", "qa-answer");
        if (a.accepted()) {
            addClassName("qa-accepted");
        }
        add(head());
        if (a.redacted()) {
            add(QaUi.notice(getTranslation("qa.redacted.text")));
        } else if (a.hidden() && a.body().isEmpty()) {
            add(QaUi.notice(getTranslation("qa.answer.hidden-placeholder")));
        } else {
            if (a.hidden()) {
                add(QaUi.notice(getTranslation("qa.answer.hidden-notice",
                        a.hiddenReason() == null ? "" : a.hiddenReason())));
            }
            add(QaUi.markdown(a.body()));
        }
        add(actions(), new CommentThread(details, a.comments(), a.id(), services.answering(), services.moderation(),
                page, keptCommentForm));
    }

    private Div head() {
        var head = new Div();
        head.addClassName("qa-answer-head");
        var author = new Span(a.author().name());
        author.addClassName("qa-author");
        head.add(author);
        if (a.author().jobTitle() != null) {
            head.add(new Span(a.author().jobTitle()));
        }
        if (a.author().organisationName() != null) {
            head.add(new Span(a.author().organisationName()));
        }
        if (a.byCultureBearer()) {
            head.add(QaUi.badge(getTranslation("qa.answer.culture-bearer"), "culture-bearer"));
        }
        if (a.accepted()) {
            head.add(QaUi.badge(getTranslation("qa.answer.accepted"), "accepted"));
        }
        if (a.hidden()) {
            head.add(QaUi.badge(getTranslation("qa.badge.hidden"), "hidden"));
        }
        var when = new Span(QaUi.dateTime(this, a.createdAt()) + (a.editedAt() == null ? ""
                : " · " + getTranslation("qa.meta.edited", QaUi.dateTime(this, a.editedAt()))));
        when.addClassName("qa-meta");
        head.add(when);
        return head;
    }

    private Div actions() {
        var bar = new Div();
        bar.addClassName("qa-actions");
        var may = details.may();
        var answers = EnumSet.of(QuestionPageActions.Part.ANSWERS);
        var useful = new Button(getTranslation("qa.answer.useful", a.usefulCount()),
                (a.markedUseful() ? VaadinIcon.THUMBS_UP : VaadinIcon.THUMBS_UP_O).create(),
                e -> page.act(answers, () -> services.resolving().toggleUseful(a.id())));
        useful.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useful.setEnabled(!a.mine() && !a.hidden() && may.answer());
        useful.addClassName("qa-useful");
        bar.add(useful);
        // Accepting changes the question's status badge as well as the answers.
        var answersAndQuestion = EnumSet.of(QuestionPageActions.Part.ANSWERS, QuestionPageActions.Part.QUESTION);
        if (may.accept() && !a.hidden()) {
            if (a.accepted()) {
                bar.add(QaUi.tertiary("qa.action.unaccept", VaadinIcon.CLOSE_SMALL,
                        e -> page.act(answersAndQuestion, () -> services.resolving().unaccept(details.id()))));
            } else {
                var accept = new Button(getTranslation("qa.action.accept"), VaadinIcon.CHECK.create(),
                        e -> page.act(answersAndQuestion, () -> services.resolving().accept(a.id())));
                accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_TERTIARY);
                bar.add(accept);
            }
        }
        if ((a.mine() || may.moderate()) && !a.redacted()) {
            bar.add(QaUi.tertiary("qa.action.edit", VaadinIcon.EDIT, e -> edit()));
        }
        if (a.hasHistory()) {
            bar.add(QaUi.tertiary("qa.action.history", VaadinIcon.TIME_BACKWARD,
                    e -> new HistoryDialog(services.history().history(PostType.ANSWER, a.id())).open()));
        }
        if (may.moderate()) {
            bar.add(new ModerationMenu(services.moderation(), page, PostType.ANSWER, a.id(), a.hidden(),
                    a.redacted(), may.redact()));
        }
        return bar;
    }

    /** Puts an editor in the card's place; saving or cancelling shows the answers again. */
    private void edit() {
        var editor = new Div();
        editor.addClassNames("qa-post", "qa-answer", "qa-editing");
        var field = new TextArea(getTranslation("qa.field.answer"));
        field.setWidthFull();
        field.setMinHeight("8rem");
        field.setMaxLength(QuestionDraft.BODY_MAX);
        MarkdownPreview.explain(field);
        var binder = PostText.bind(PostText.Answer.class, field, new PostText.Answer(a.body()));
        var conflict = new EditConflictBox(a.version());
        var answers = EnumSet.of(QuestionPageActions.Part.ANSWERS);
        var save = new Button(getTranslation("action.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            boolean[] saved = {false};
            Feedback.attempt(this, () -> saved[0] = conflict.save(
                    version -> services.editing().editAnswer(a.id(), version, field.getValue()),
                    this::storedAnswer), field);
            if (saved[0]) {
                Feedback.success(getTranslation("qa.edit.saved"));
                page.refresh(answers);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(save, new Button(getTranslation("action.cancel"), e -> page.refresh(answers)));
        buttons.addClassName("qa-actions");
        editor.add(conflict, field, new MarkdownPreview(field), buttons);
        getParent().ifPresent(parent -> parent.getElement().insertChild(parent.getElement().indexOfChild(
                getElement()), editor.getElement()));
        removeFromParent();
        field.focus();
    }

    private EditConflictBox.Stored storedAnswer() {
        var current = services.page().details(details.id()).orElseThrow().answers().stream()
                .filter(x -> x.id() == a.id()).findFirst().orElseThrow();
        return new EditConflictBox.Stored(current.version(), null, current.body());
    }
}
