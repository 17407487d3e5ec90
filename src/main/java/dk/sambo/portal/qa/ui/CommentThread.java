package dk.sambo.portal.qa.ui;

import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.service.Answering;
import dk.sambo.portal.qa.service.CommentView;
import dk.sambo.portal.qa.service.Moderation;
import dk.sambo.portal.qa.service.QuestionDetails;
import dk.sambo.portal.qa.service.QuestionDraft;

/**
 * The comments under the question or under one answer, each with its moderation menu for moderators, and a
 * small form to add one. A new comment shows this thread again, not the whole page. When the page shows a change
 * by push while the reader writes a comment here, the new thread takes over the open form ({@code keptForm}), so
 * what is typed stays.
 */
final class CommentThread extends Div {

    private final @Nullable Long answerId;
    private @Nullable Div openForm;

    CommentThread(QuestionDetails details, List<CommentView> comments, @Nullable Long answerId, Answering answering,
            Moderation moderation, QuestionPageActions page, @Nullable Div keptForm) {
        this.answerId = answerId;
        addClassName("qa-comments");
        var may = details.may();
        for (var c : comments) {
            var line = new Div();
            line.addClassName("qa-comment");
            if (c.reopening()) {
                line.addClassName("qa-comment-reopen");
                line.add(QaUi.badge(getTranslation("qa.comment.reopened"), "reopen"));
            }
            if (c.redacted()) {
                line.add(new Span(getTranslation("qa.redacted.text")));
            } else if (c.hidden() && c.body().isEmpty()) {
                line.add(new Span(getTranslation("qa.comment.hidden-placeholder")));
            } else {
                line.add(QaUi.markdown(c.body()));
            }
            var who = new Span("– " + c.author().name() + ", " + QaUi.dateTime(this, c.createdAt()));
            who.addClassName("qa-meta");
            line.add(who);
            if (may.moderate()) {
                line.add(new ModerationMenu(moderation, page, PostType.COMMENT, c.id(), c.hidden(), c.redacted(),
                        may.redact()));
            }
            add(line);
        }
        if (may.answer() && keptForm != null) {
            openForm = keptForm;
            add(keptForm);
        } else if (may.answer()) {
            var part = answerId == null ? QuestionPageActions.Part.COMMENTS : QuestionPageActions.Part.ANSWERS;
            var add = new Button(getTranslation("qa.comment.add"), e -> {
                var field = new TextArea();
                field.setWidthFull();
                field.setMaxLength(QuestionDraft.COMMENT_MAX);
                field.setPlaceholder(getTranslation("qa.comment.placeholder"));
                // The server knows the text shortly after each pause, so a push that shows the page again keeps it.
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.setAriaLabel(getTranslation("qa.field.comment"));
                var binder = PostText.bind(PostText.Comment.class, field, new PostText.Comment(""));
                var send = new Button(getTranslation("qa.comment.send"), ev -> {
                    if (!binder.validate().isOk()) {
                        return;
                    }
                    page.act(EnumSet.of(part), () -> answering.comment(details.id(), answerId, field.getValue()),
                            field);
                });
                send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                MarkdownPreview.explain(field);
                var form = new Div(field, new MarkdownPreview(field), send);
                form.addClassName("qa-comment-form");
                openForm = form;
                replace(e.getSource(), form);
                field.focus();
            });
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(add);
        }
    }

    /** The answer this thread is under; null under the question. */
    @Nullable Long answerId() {
        return answerId;
    }

    /** The comment form the reader opened here, if any. */
    @Nullable Div openForm() {
        return openForm;
    }
}
