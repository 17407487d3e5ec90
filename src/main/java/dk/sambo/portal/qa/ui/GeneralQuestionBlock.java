package dk.sambo.portal.qa.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.service.QuestionDetails;
import dk.sambo.portal.shared.ui.Feedback;

/**
 * A question lifted as a general question: who lifted it and why, and the strategic level's decision, which that
 * level writes and revises here. A decision can make the question promotable, so the whole page is shown again.
 */
final class GeneralQuestionBlock extends Div {

    GeneralQuestionBlock(QuestionDetails details, QuestionDetails.General g, QuestionPageServices services,
            QuestionPageActions page) {
        addClassName("qa-general");
        add(new H2(getTranslation("qa.general.title")));
        add(new Paragraph(getTranslation("qa.general.raised", g.raisedBy().name(),
                QaUi.dateTime(this, g.raisedAt()), details.clusterName() == null ? "" : details.clusterName())));
        if (!g.reason().isEmpty()) {
            add(QaUi.text(g.reason()));
        }
        if (g.decision() != null) {
            var decision = new Div(new H3(getTranslation("qa.general.decision")));
            decision.addClassName("qa-decision");
            decision.add(g.decision().isEmpty() ? new Paragraph(getTranslation("qa.redacted.text"))
                    : QaUi.text(g.decision()));
            if (g.decidedBy() != null && g.decidedAt() != null) {
                var by = new Span(getTranslation("qa.general.decided-by", g.decidedBy().name(),
                        QaUi.dateTime(this, g.decidedAt())));
                by.addClassName("qa-meta");
                decision.add(by);
            }
            if (g.decisionHasHistory()) {
                decision.add(QaUi.tertiary("qa.action.history", VaadinIcon.TIME_BACKWARD,
                        e -> new HistoryDialog(services.history().history(PostType.DECISION, details.id())).open()));
            }
            add(decision);
        } else {
            var waiting = new Paragraph(getTranslation("qa.general.awaiting"));
            waiting.addClassName("qa-muted");
            add(waiting);
        }
        if (details.may().decide()) {
            var field = new TextArea(getTranslation(g.decision() == null ? "qa.general.decide"
                    : "qa.general.revise"));
            field.setWidthFull();
            field.setMaxLength(4000);
            field.setMinHeight("6rem");
            if (g.decision() != null) {
                field.setValue(g.decision());
            }
            var decide = new Button(getTranslation("qa.action.decide"), e -> {
                if (page.act(QuestionPageActions.Part.ALL,
                        () -> services.general().decide(details.id(), field.getValue()), field)) {
                    Feedback.success(getTranslation("qa.general.decided"));
                }
            });
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(field, decide);
        }
        if (details.may().redact() && g.decision() != null && !g.decision().isEmpty()) {
            add(ModerationMenu.redactButton(services.moderation(), page, PostType.DECISION, details.id()));
        }
    }
}
