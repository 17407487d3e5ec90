package dk.sambo.portal.qa.ui;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
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
 *
 * <p>The page updates itself ({@link QaLiveUpdate}): when someone else answers, comments, accepts or moderates, the
 * page reads the question again with the reader's access and shows again the parts that differ, by push. What the
 * reader is writing stays: the answer form is never shown again by a push, an open comment form moves into the new
 * thread, and a part with an open editor waits until the editor is saved or cancelled. A question the reader may no
 * longer see (hidden meanwhile) gives way to a notice.
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
    private final Div answerFormPart = new Div();
    private long id;
    private @Nullable QuestionDetails details;

    QuestionView(QuestionPageServices services, QaLiveUpdate live) {
        this.services = services;
        this.topics = QaUi.topics(services.topics());
        addClassNames("qa-view", "qa-question-page");
        setMaxWidth("60rem");
        // The parts are plain wrappers: the page's layout and styles see their content as before.
        for (var part : new Div[] {questionPart, generalPart, commentsPart, answersPart, answerFormPart}) {
            part.getStyle().set("display", "contents");
        }
        live.keepCurrent(this, questionId -> questionId == id, this::showChanges);
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
        add(back, questionPart, generalPart, commentsPart, answersPart, answerFormPart);
        show(Part.ALL, false, Map.of());
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
        show(changed, false, Map.of());
    }

    /** By push: the question changed; show again what differs for this reader, keeping what they are writing. */
    void showChanges() {
        if (details == null) {
            return;
        }
        var fresh = services.page().details(id).orElse(null);
        if (fresh == null) {
            gone();
            return;
        }
        var old = details;
        if (old.equals(fresh)) {
            return;
        }
        details = fresh;
        boolean mayChanged = !old.may().equals(fresh.may());
        var parts = EnumSet.noneOf(Part.class);
        if (mayChanged || !head(old).equals(head(fresh))) {
            parts.add(Part.QUESTION);
        }
        if (mayChanged || !Objects.equals(old.general(), fresh.general())) {
            parts.add(Part.GENERAL);
        }
        if (mayChanged || !old.comments().equals(fresh.comments())) {
            parts.add(Part.COMMENTS);
        }
        if (mayChanged || !old.answers().equals(fresh.answers())) {
            parts.add(Part.ANSWERS);
        }
        // An open editor stays as it is; its save or cancel shows the part again.
        parts.removeIf(part -> editing(div(part)));
        var keptForms = new HashMap<Long, Div>();
        for (var part : parts) {
            threads(div(part)).forEach(thread -> {
                if (thread.openForm() != null) {
                    keptForms.put(thread.answerId() == null ? QUESTION_THREAD : thread.answerId(),
                            thread.openForm());
                }
            });
        }
        // The answer form (and what is typed in it) goes only if the reader may no longer answer, or comes if now she may.
        show(parts, old.may().answer() == fresh.may().answer(), keptForms);
    }

    private static final long QUESTION_THREAD = -1L;

    private void gone() {
        details = null;
        removeAll();
        var back = new Anchor(QaUi.QUESTION_ROUTE, getTranslation("qa.question.back"));
        back.addClassName("qa-back");
        add(back, QaUi.notice(getTranslation("qa.question.gone")));
    }

    private Div div(Part part) {
        return switch (part) {
            case QUESTION -> questionPart;
            case GENERAL -> generalPart;
            case COMMENTS -> commentsPart;
            case ANSWERS -> answersPart;
        };
    }

    private static boolean editing(Component part) {
        return part.hasClassName("qa-editing") || part.getChildren().anyMatch(QuestionView::editing);
    }

    private static Stream<CommentThread> threads(Component part) {
        return part instanceof CommentThread thread ? Stream.of(thread)
                : part.getChildren().flatMap(QuestionView::threads);
    }

    /** The question without what other parts show: what the question part shows. */
    private static List<Object> head(QuestionDetails d) {
        return List.of(d.version(), d.title(), d.body(), d.topicCode(), d.tags(), Optional.ofNullable(
                d.concernsSector()), Optional.ofNullable(d.concernsOrganisationName()), d.asker(), d.status(),
                d.overdue(), Optional.ofNullable(d.escalatedAt()), Optional.ofNullable(d.editedAt()),
                d.hasHistory(), d.hidden(), Optional.ofNullable(d.hiddenReason()), d.redacted(), d.following(),
                Optional.ofNullable(d.guidanceId()));
    }

    /**
     * Shows the parts again. {@code keepAnswerForm}: a push, which leaves the answer form (and its text) alone;
     * {@code keptForms}: open comment forms by answer id ({@value #QUESTION_THREAD} for the question's thread).
     */
    private void show(Set<Part> parts, boolean keepAnswerForm, Map<Long, Div> keptForms) {
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
                    services.moderation(), this, keptForms.get(QUESTION_THREAD)));
        }
        if (parts.contains(Part.ANSWERS)) {
            answersPart.removeAll();
            showAnswers(keptForms);
            if (!keepAnswerForm) {
                answerFormPart.removeAll();
                if (details.may().answer()) {
                    answerFormPart.add(answerForm());
                }
            }
        }
    }

    private void showAnswers(Map<Long, Div> keptForms) {
        var heading = new H2(getTranslation("qa.question.answers", details.answers().size()));
        heading.addClassName("qa-answers-heading");
        answersPart.add(heading);
        if (details.answers().isEmpty()) {
            var none = new Paragraph(getTranslation("qa.question.no-answers"));
            none.addClassName("qa-muted");
            answersPart.add(none);
        }
        details.answers().forEach(a -> answersPart.add(new AnswerCard(details, a, services, this,
                keptForms.get(a.id()))));
    }

    private Div answerForm() {
        var box = new Div();
        box.addClassName("qa-answer-form");
        var field = new TextArea(getTranslation("qa.answer.yours"));
        field.setWidthFull();
        field.setMinHeight("8rem");
        field.setMaxLength(QuestionDraft.BODY_MAX);
        field.setHelperText(getTranslation("qa.form.body.help"));
        MarkdownPreview.explain(field);
        var binder = PostText.bind(PostText.Answer.class, field, new PostText.Answer(""));
        var send = new Button(getTranslation("qa.action.answer"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            // The first answer changes the question's status.
            if (act(EnumSet.of(Part.QUESTION, Part.ANSWERS), () -> services.answering().answer(id, field.getValue()),
                    field)) {
                Feedback.success(getTranslation("qa.answer.sent"));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new H2(getTranslation("qa.answer.title")), field, new MarkdownPreview(field), send);
        return box;
    }

    @Override
    public String getPageTitle() {
        return details == null || details.redacted() ? getTranslation("qa.list.title") : details.title();
    }
}
