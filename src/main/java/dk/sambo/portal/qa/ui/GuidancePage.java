package dk.sambo.portal.qa.ui;

import java.util.Map;

import jakarta.annotation.security.PermitAll;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.service.EditConflictException;
import dk.sambo.portal.qa.service.GuidanceDraft;
import dk.sambo.portal.qa.service.GuidanceService;
import dk.sambo.portal.qa.service.GuidanceView;
import dk.sambo.portal.qa.service.PostHistory;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.Formats;

/** One agreed guidance: its text, what it was agreed with and until when; the strategic level edits and reviews. */
@Route("vejledninger/:id([0-9]+)")
@PermitAll
@StyleSheet(QaUi.STYLESHEET)
class GuidancePage extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final GuidanceService guidance;
    private final PostHistory postHistory;
    private final TopicService topicService;
    private final OrganisationService organisations;
    private final Map<String, TopicSummary> topics;
    private long id;
    private GuidanceView view;

    GuidancePage(GuidanceService guidance, PostHistory history, TopicService topicService,
            OrganisationService organisations) {
        this.guidance = guidance;
        this.postHistory = history;
        this.topicService = topicService;
        this.organisations = organisations;
        this.topics = QaUi.topics(topicService);
        addClassNames("qa-view", "qa-guidance-page");
        setMaxWidth("60rem");
    }

    static String link(long guidanceId) {
        return "vejledninger/" + guidanceId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        var found = guidance.get(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        view = found.get();
        render();
    }

    private void render() {
        removeAll();
        add(new Anchor("vejledninger", getTranslation("qa.guidance.back")));
        var block = new Div();
        block.addClassNames("qa-post", "qa-guidance");
        block.add(new H1(view.title().isEmpty() ? getTranslation("qa.redacted.text") : view.title()));
        var meta = new Div(new Span(QaUi.topicName(this, topics, view.topicCode())),
                new Span(getTranslation("qa.guidance.promoted", view.promotedBy().name(),
                        QaUi.dateTime(this, view.promotedAt()))),
                new Span(getTranslation("qa.guidance.review-date", Formats.date(view.reviewDate(), QaUi.locale(this)))));
        if (view.clusterName() != null) {
            meta.add(new Span(view.clusterName()));
        }
        meta.addClassName("qa-meta");
        block.add(meta);
        if (view.dueForReview() && view.mayEdit()) {
            var flag = new Paragraph(getTranslation("qa.guidance.review-due.explain"));
            flag.addClassName("qa-review-flag");
            block.add(flag);
        }
        block.add(QaUi.markdown(view.body()));
        if (!view.organisationNames().isEmpty()) {
            block.add(new Paragraph(getTranslation("qa.guidance.agreed-with",
                    String.join(", ", view.organisationNames()))));
        }
        block.add(new Anchor(QaUi.questionLink(view.questionId()), getTranslation("qa.guidance.source")));
        var actions = new Div();
        actions.addClassName("qa-actions");
        var history = new Button(getTranslation("qa.action.history"), VaadinIcon.TIME_BACKWARD.create(),
                e -> new HistoryDialog(postHistory.history(PostType.GUIDANCE, id)).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(history);
        if (view.mayEdit()) {
            var edit = new Button(getTranslation("qa.guidance.edit"), VaadinIcon.EDIT.create(), e -> edit());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var withdraw = new Button(getTranslation("qa.guidance.withdraw"), VaadinIcon.ARCHIVE.create(),
                    e -> confirmWithdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(edit, withdraw);
        }
        block.add(actions);
        add(block);
    }

    private void edit() {
        var form = new GuidanceForm(topicService.active(), topics, organisations.organisations());
        form.show(new GuidanceDraft(view.title(), view.body(), view.topicCode(), view.reviewDate(),
                java.util.Set.copyOf(view.organisationIds())));
        var conflict = new Div();
        conflict.addClassName("qa-conflict");
        conflict.setVisible(false);
        long[] expected = {view.version()};
        var save = new Button(getTranslation("action.save"), e -> {
            var draft = form.draft();
            if (draft.isEmpty()) {
                return;
            }
            try {
                if (Feedback.attempt(this, () -> guidance.edit(id, expected[0], draft.get()), form.byServiceName())) {
                    Feedback.success(getTranslation("qa.edit.saved"));
                    view = guidance.get(id).orElseThrow();
                    render();
                }
            } catch (EditConflictException ex) {
                expected[0] = ex.currentVersion();
                conflict.removeAll();
                conflict.add(new Paragraph(getTranslation("qa.edit.conflict")), new H2(ex.currentTitle()),
                        new Paragraph(ex.currentBody()));
                conflict.setVisible(true);
            } catch (OptimisticLockingFailureException ex) {
                var current = guidance.get(id).orElseThrow();
                expected[0] = current.version();
                conflict.removeAll();
                conflict.add(new Paragraph(getTranslation("qa.edit.conflict")), new H2(current.title()),
                        new Paragraph(current.body()));
                conflict.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(save, new Button(getTranslation("action.cancel"), e -> render()));
        buttons.addClassName("qa-actions");
        removeAll();
        add(new H1(getTranslation("qa.guidance.edit")), new Paragraph(getTranslation("qa.guidance.edit.explain")),
                conflict, form, buttons);
    }

    private void confirmWithdraw() {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("qa.guidance.withdraw"));
        confirm.setText(getTranslation("qa.guidance.withdraw.explain"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("qa.guidance.withdraw"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            guidance.withdraw(id);
            getUI().ifPresent(ui -> ui.navigate(GuidanceListView.class));
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return view == null ? getTranslation("qa.guidance.title") : view.title();
    }
}
