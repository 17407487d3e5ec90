package dk.sambo.portal.qa.ui;

import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.search.QuestionSearch;
import dk.sambo.portal.qa.search.SimilarQuestion;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.QuestionLists;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataException;
import dk.sambo.portal.shared.ui.Feedback;

/**
 * Asking a question. While the title is typed (after a short pause) up to five similar questions are shown,
 * answered ones first, so the person can stop before posting a duplicate; they open in a new tab, so nothing
 * typed is lost. Names the culture bearers the question goes to.
 */
@Route(QaUi.QUESTION_ROUTE + "/nyt")
@PermitAll
@StyleSheet(QaUi.STYLESHEET)
class AskView extends VerticalLayout implements HasDynamicTitle {

    static final int SIMILAR_MAX = 5;

    private final Asking asking;
    private final QuestionLists lists;
    private final QuestionSearch search;
    private final QuestionForm form;
    private final Div similar = new Div();

    AskView(Asking asking, QuestionLists lists, QuestionSearch search, TopicService topics,
            OrganisationService organisations) {
        this.asking = asking;
        this.lists = lists;
        this.search = search;
        addClassNames("qa-view", "qa-ask");
        var profile = organisations.myProfile();
        form = new QuestionForm(topics.active(), QaUi.topics(topics), organisations.organisations(),
                lists.popularTags(30));
        form.title.setValueChangeMode(ValueChangeMode.TIMEOUT);
        form.title.setValueChangeTimeout(300);
        form.title.addValueChangeListener(e -> showSimilar(e.getValue()));

        similar.addClassName("qa-similar");
        similar.setVisible(false);
        form.addBelowTitle(similar);

        var routing = new Paragraph(profile.cultureBearers().isEmpty()
                ? getTranslation("qa.ask.routing.none")
                : getTranslation("qa.ask.routing", profile.cultureBearers().stream().map(p -> p.name())
                        .collect(Collectors.joining(", "))));
        routing.addClassName("qa-routing");
        var privacy = new Paragraph(getTranslation("qa.ask.privacy"));
        privacy.addClassName("qa-privacy");

        var submit = new Button(getTranslation("qa.ask.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(QuestionListView.class)));
        var buttons = new HorizontalLayout(submit, cancel);

        var main = new Div(form, privacy, routing, buttons);
        main.addClassName("qa-ask-main");
        if (!lists.mayWrite()) {
            // The read-only political level may open the page by its address, but not post: no form, no button.
            var readOnly = new Paragraph(getTranslation("qa.readonly"));
            readOnly.addClassName("qa-readonly");
            add(new H1(getTranslation("qa.ask.title")), readOnly);
            return;
        }
        add(new H1(getTranslation("qa.ask.title")), new Paragraph(getTranslation("qa.ask.intro")), main);
        form.title.focus();
    }

    private void showSimilar(String title) {
        similar.removeAll();
        var found = search.similar(title, SIMILAR_MAX);
        similar.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return;
        }
        similar.add(new H2(getTranslation("qa.ask.similar")));
        for (SimilarQuestion q : found) {
            var link = new Anchor(QaUi.questionLink(q.id()), q.title());
            link.setTarget(AnchorTarget.BLANK);
            var line = new Div(link, QaUi.statusBadge(this, q.status()),
                    new Span(getTranslation("qa.meta.answers", q.answerCount())));
            if (q.guidance()) {
                line.add(QaUi.badge(getTranslation("qa.badge.guidance"), "guidance"));
            }
            line.addClassName("qa-similar-item");
            if (q.status() != QuestionStatus.OPEN) {
                line.addClassName("answered");
            }
            similar.add(line);
        }
    }

    private void submit() {
        boolean required = form.checkRequired();
        if (!form.markPatientData() || !required) {
            return;
        }
        try {
            long id = asking.ask(form.draft());
            Feedback.success(getTranslation("qa.ask.sent"));
            getUI().ifPresent(ui -> ui.navigate(QaUi.questionLink(id)));
        } catch (PatientDataException e) {
            var message = getTranslation("privacy.cpr-found", getTranslation(e.field()), e.finding().masked());
            if (!form.mark(e.field(), message)) {
                Feedback.error(message);
            }
        } catch (RuleViolation e) {
            // Every broken rule is marked at its field; the toast names them all, as before with the first.
            form.mark(e);
            Feedback.error(Feedback.explain(this, e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qa.ask.title");
    }
}
