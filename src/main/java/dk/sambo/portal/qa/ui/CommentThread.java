package dk.sambo.portal.qa.ui;

import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.service.Answering;
import dk.sambo.portal.qa.service.CommentView;
import dk.sambo.portal.qa.service.Moderation;
import dk.sambo.portal.qa.service.QuestionDetails;

/**
 * The comments under the question or under one answer, each with its moderation menu for moderators, and a
 * small form to add one. A new comment shows this thread again, not the whole page.
 */
final class CommentThread extends Div {

    CommentThread(QuestionDetails details, List<CommentView> comments, @Nullable Long answerId, Answering answering,
            Moderation moderation, QuestionPageActions page) {
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
                var body = new Span(c.body());
                body.addClassName("qa-text");
                line.add(body);
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
        if (may.answer()) {
            var part = answerId == null ? QuestionPageActions.Part.COMMENTS : QuestionPageActions.Part.ANSWERS;
            var add = new Button(getTranslation("qa.comment.add"), e -> {
                var field = new TextArea();
                field.setWidthFull();
                field.setMaxLength(2000);
                field.setPlaceholder(getTranslation("qa.comment.placeholder"));
                field.setAriaLabel(getTranslation("qa.field.comment"));
                var send = new Button(getTranslation("qa.comment.send"), ev -> {
                    if (field.getValue().isBlank()) {
                        return;
                    }
                    page.act(EnumSet.of(part), () -> answering.comment(details.id(), answerId, field.getValue()),
                            field);
                });
                send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                var form = new Div(field, send);
                form.addClassName("qa-comment-form");
                replace(e.getSource(), form);
                field.focus();
            });
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(add);
        }
    }
}
