package dk.sambo.portal.qa.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.service.QuestionRow;

/** A question in a list: title (with search highlights), status and warnings, where from, snippet, tags. */
final class QuestionCard {

    private QuestionCard() {
    }

    static Component of(Component context, QuestionRow row, Map<String, TopicSummary> topics) {
        var card = new Div();
        card.addClassName("qa-card");
        if (row.overdue()) {
            card.addClassName("qa-card-overdue");
        }
        var title = new Anchor(QaUi.questionLink(row.id()), "");
        title.addClassName("qa-card-title");
        if (row.redacted()) {
            title.setText(context.getTranslation("qa.redacted.title", row.id()));
        } else {
            title.add(new Html("<span>" + row.titleHtml() + "</span>"));
        }
        var badges = new Div(QaUi.statusBadge(context, row.status()));
        badges.addClassName("qa-badges");
        if (row.overdue()) {
            badges.add(QaUi.badge(context.getTranslation("qa.badge.overdue"), "overdue"));
        }
        if (row.escalated()) {
            badges.add(QaUi.badge(context.getTranslation("qa.badge.escalated"), "escalated"));
        }
        if (row.general()) {
            badges.add(QaUi.badge(context.getTranslation(row.decided() ? "qa.badge.decided" : "qa.badge.general"),
                    "general"));
        }
        if (row.guidance()) {
            badges.add(QaUi.badge(context.getTranslation("qa.badge.guidance"), "guidance"));
        }
        if (row.hidden()) {
            badges.add(QaUi.badge(context.getTranslation("qa.badge.hidden"), "hidden"));
        }
        var head = new Div(title, badges);
        head.addClassName("qa-card-head");
        card.add(head);

        var meta = new Div();
        meta.addClassName("qa-meta");
        meta.add(new Span(QaUi.topicName(context, topics, row.topicCode())));
        if (row.unitName() != null) {
            meta.add(new Span(row.unitName() + ", " + row.organisationName()));
        }
        meta.add(new Span(context.getTranslation("qa.meta.asked", QaUi.dateTime(context, row.askedAt()))));
        meta.add(new Span(context.getTranslation("qa.meta.answers", row.answerCount())));
        if (row.status() == QuestionStatus.OPEN) {
            var due = new Span(context.getTranslation("qa.meta.due", QaUi.dateTime(context, row.dueAt())));
            if (row.overdue()) {
                due.addClassName("qa-overdue-text");
            }
            meta.add(due);
        }
        card.add(meta);
        if (row.snippetHtml() != null && !row.redacted()) {
            var snippet = new Html("<p class=\"qa-snippet\">" + row.snippetHtml() + "</p>");
            card.add(snippet);
        }
        if (!row.tags().isEmpty()) {
            var tags = new Div();
            tags.addClassName("qa-tags");
            row.tags().forEach(t -> tags.add(QaUi.badge("#" + t, "tag")));
            card.add(tags);
        }
        return card;
    }
}
