package dk.sambo.portal.qa.ui;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.qa.service.QuestionDetails;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.shared.ui.Feedback;

/**
 * One question with everything around it: the question ({@link QuestionPost}), a general question and its
 * decision ({@link GeneralQuestionBlock}), comments ({@link CommentThread}), answers ranked accepted first and
 * then by usefulness ({@link AnswerCard}) and the form to answer. Buttons show only what the reader may do; the
 * services check again. After a click the page reads the question once more and shows again only the parts the
 * click changed.
 */
@Route(QaUi.QUESTION_ROUTE + "/:id([0-9]+)")
@PermitAll
@StyleSheet(QaUi.STYLESHEET)
class QuestionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, QuestionPageActions {

    private final QuestionPageServices services;
    private final Map<String, TopicSummary> topics;
    private final Div questionPart = new Div();
    private final Div generalPart = new Div();
    private final Div commentsPart = new Div();
    private final Div answersPart = new Div();
    private long id;
    private QuestionDetails details;

    QuestionView(QuestionPageServices services) {
        this.services = services;
        this.topics = QaUi.topics(services.topics());
        addClassNames("qa-view", "qa-question-page");
        setMaxWidth("60rem");
        // The parts are plain wrappers: the page's layout and styles see their content as before.
        for (var part : new Div[] {questionPart, generalPart, commentsPart, answersPart}) {
            part.getStyle().set("display", "contents");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        var found = services.page().details(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        details = found.get();
        removeAll();
        var back = new Anchor(QaUi.QUESTION_ROUTE, getTranslation("qa.question.back"));
        back.addClassName("qa-back");
        add(back, questionPart, generalPart, commentsPart, answersPart);
        show(Part.ALL);
    }

    @Override
    public boolean act(Set<Part> changed, Runnable call, HasValidation... fields) {
        boolean ok = Feedback.attempt(this, call, fields);
        if (ok) {
            refresh(changed);
        }
        return ok;
    }

    @Override
    public void refresh(Set<Part> changed) {
        details = services.page().details(id).orElse(null);
        if (details == null) {
            getUI().ifPresent(ui -> ui.navigate(QuestionListView.class));
            return;
        }
        show(changed);
    }

    private void show(Set<Part> parts) {
        if (parts.contains(Part.QUESTION)) {
            questionPart.removeAll();
            questionPart.add(new QuestionPost(details, topics, services, this));
        }
        if (parts.contains(Part.GENERAL)) {
            generalPart.removeAll();
            if (details.general() != null) {
                generalPart.add(new GeneralQuestionBlock(details, details.general(), services, this));
            }
        }
        if (parts.contains(Part.COMMENTS)) {
            commentsPart.removeAll();
            commentsPart.add(new CommentThread(details, details.comments(), null, services.answering(),
                    services.moderation(), this));
        }
        if (parts.contains(Part.ANSWERS)) {
            answersPart.removeAll();
            showAnswers();
        }
    }

    private void showAnswers() {
        var heading = new H2(getTranslation("qa.question.answers", details.answers().size()));
        heading.addClassName("qa-answers-heading");
        answersPart.add(heading);
        if (details.answers().isEmpty()) {
            var none = new Paragraph(getTranslation("qa.question.no-answers"));
            none.addClassName("qa-muted");
            answersPart.add(none);
        }
        details.answers().forEach(a -> answersPart.add(new AnswerCard(details, a, services, this)));
        if (details.may().answer()) {
            answersPart.add(answerForm());
        }
    }

    private Div answerForm() {
        var box = new Div();
        box.addClassName("qa-answer-form");
        var field = new TextArea(getTranslation("qa.answer.yours"));
        field.setWidthFull();
        field.setMinHeight("8rem");
        field.setMaxLength(QuestionDraft.BODY_MAX);
        field.setHelperText(getTranslation("qa.form.body.help"));
        var send = new Button(getTranslation("qa.action.answer"), e -> {
            if (field.getValue().isBlank()) {
                field.setErrorMessage(getTranslation("qa.error.required.answer"));
                field.setInvalid(true);
                return;
            }
            // The first answer changes the question's status.
            if (act(EnumSet.of(Part.QUESTION, Part.ANSWERS), () -> services.answering().answer(id, field.getValue()),
                    field)) {
                Feedback.success(getTranslation("qa.answer.sent"));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new H2(getTranslation("qa.answer.title")), field, send);
        return box;
    }

    @Override
    public String getPageTitle() {
        return details == null || details.redacted() ? getTranslation("qa.list.title") : details.title();
    }
}
