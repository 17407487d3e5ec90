package dk.sambo.portal.qa.ui;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.AnswerView;
import dk.sambo.portal.qa.CommentView;
import dk.sambo.portal.qa.EditConflictException;
import dk.sambo.portal.qa.FollowKind;
import dk.sambo.portal.qa.Follows;
import dk.sambo.portal.qa.GeneralQuestions;
import dk.sambo.portal.qa.GuidanceService;
import dk.sambo.portal.qa.Moderation;
import dk.sambo.portal.qa.PostType;
import dk.sambo.portal.qa.QaRuleException;
import dk.sambo.portal.qa.QuestionDetails;
import dk.sambo.portal.qa.QuestionDraft;
import dk.sambo.portal.qa.QuestionStatus;
import dk.sambo.portal.qa.Questions;
import dk.sambo.portal.shared.privacy.PatientDataException;
import dk.sambo.portal.shared.ui.PatientDataFields;

/**
 * One question with everything around it: answers ranked accepted first and then by usefulness, comments,
 * accept, reopen with a reason, follow, edit with history, moderation for culture bearers and administrators,
 * lifting as a general question, the strategic level's decision and promotion to agreed guidance. Buttons show
 * only what the reader may do; the services check again.
 */
@Route(QaUi.QUESTION_ROUTE + "/:id([0-9]+)")
@PermitAll
@StyleSheet(QaUi.STYLESHEET)
class QuestionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Questions questions;
    private final Moderation moderation;
    private final GeneralQuestions general;
    private final GuidanceService guidance;
    private final Follows follows;
    private final TopicService topicService;
    private final OrganisationService organisations;
    private final Map<String, TopicSummary> topics;
    private long id;
    private QuestionDetails details;

    QuestionView(Questions questions, Moderation moderation, GeneralQuestions general, GuidanceService guidance,
            Follows follows, TopicService topicService, OrganisationService organisations) {
        this.questions = questions;
        this.moderation = moderation;
        this.general = general;
        this.guidance = guidance;
        this.follows = follows;
        this.topicService = topicService;
        this.organisations = organisations;
        this.topics = QaUi.topics(topicService);
        addClassNames("qa-view", "qa-question-page");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        var found = questions.details(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        details = found.get();
        render();
    }

    private void reload() {
        details = questions.details(id).orElse(null);
        if (details == null) {
            getUI().ifPresent(ui -> ui.navigate(QuestionListView.class));
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var back = new Anchor(QaUi.QUESTION_ROUTE, getTranslation("qa.question.back"));
        back.addClassName("qa-back");
        add(back, questionBlock());
        if (details.general() != null) {
            add(generalBlock(details.general()));
        }
        add(comments(details.comments(), null));
        var heading = new H2(getTranslation("qa.question.answers", details.answers().size()));
        heading.addClassName("qa-answers-heading");
        add(heading);
        if (details.answers().isEmpty()) {
            var none = new Paragraph(getTranslation("qa.question.no-answers"));
            none.addClassName("qa-muted");
            add(none);
        }
        details.answers().forEach(a -> add(answerBlock(a)));
        if (details.may().answer()) {
            add(answerForm());
        }
    }

    // --- the question ----------------------------------------------------------------------------------------

    private Component questionBlock() {
        var block = new Div();
        block.addClassNames("qa-post", "qa-question");
        var title = new H1(details.redacted() ? getTranslation("qa.redacted.title", details.id()) : details.title());
        var badges = new Div(QaUi.statusBadge(this, details.status()));
        badges.addClassName("qa-badges");
        if (details.overdue()) {
            badges.add(QaUi.badge(getTranslation("qa.badge.overdue"), "overdue"));
        }
        if (details.escalatedAt() != null && details.status() == QuestionStatus.OPEN) {
            badges.add(QaUi.badge(getTranslation("qa.badge.escalated"), "escalated"));
        }
        if (details.hidden()) {
            badges.add(QaUi.badge(getTranslation("qa.badge.hidden"), "hidden"));
        }
        if (details.guidanceId() != null) {
            var link = new Anchor(GuidancePage.link(details.guidanceId()), getTranslation("qa.badge.guidance"));
            link.addClassNames("qa-badge", "qa-badge-guidance");
            badges.add(link);
        }
        block.add(title, badges, questionMeta());
        if (details.hidden()) {
            block.add(notice(getTranslation("qa.question.hidden-notice",
                    details.hiddenReason() == null ? "" : details.hiddenReason())));
        }
        if (details.redacted()) {
            block.add(notice(getTranslation("qa.redacted.text")));
        } else if (!details.body().isEmpty()) {
            block.add(text(details.body()));
        }
        if (!details.tags().isEmpty()) {
            var tags = new Div();
            tags.addClassName("qa-tags");
            details.tags().forEach(t -> {
                var tag = new Anchor(QaUi.QUESTION_ROUTE + "?q=" + t, "#" + t);
                tag.addClassNames("qa-badge", "qa-badge-tag");
                tags.add(tag);
            });
            block.add(tags);
        }
        block.add(questionActions());
        return block;
    }

    private Component questionMeta() {
        var meta = new Div();
        meta.addClassName("qa-meta");
        var asker = details.asker();
        meta.add(new Span(getTranslation("qa.question.asked-by", asker.name(),
                asker.jobTitle() == null ? "" : asker.jobTitle(), QaUi.dateTime(this, details.askedAt()))));
        if (details.unitName() != null) {
            meta.add(new Span(details.unitName() + ", " + details.organisationName()
                    + (details.clusterName() == null ? "" : " · " + details.clusterName())));
        }
        meta.add(new Span(QaUi.topicName(this, topics, details.topicCode())));
        if (details.concernsOrganisationName() != null) {
            meta.add(new Span(getTranslation("qa.question.concerns", details.concernsOrganisationName())));
        } else if (details.concernsSector() != null) {
            meta.add(new Span(getTranslation("qa.question.concerns",
                    getTranslation("qa.sector." + details.concernsSector().name()))));
        }
        if (details.status() == QuestionStatus.OPEN) {
            var due = new Span(getTranslation("qa.meta.due", QaUi.dateTime(this, details.dueAt())));
            if (details.overdue()) {
                due.addClassName("qa-overdue-text");
            }
            meta.add(due);
        }
        if (details.editedAt() != null) {
            meta.add(new Span(getTranslation("qa.meta.edited", QaUi.dateTime(this, details.editedAt()))));
        }
        return meta;
    }

    private Component questionActions() {
        var bar = new Div();
        bar.addClassName("qa-actions");
        var may = details.may();
        var follow = new Button(getTranslation(details.following() ? "qa.action.unfollow" : "qa.action.follow"),
                (details.following() ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL).create(), e -> {
                    if (details.following()) {
                        follows.unfollow(FollowKind.QUESTION, Long.toString(id));
                    } else {
                        follows.follow(FollowKind.QUESTION, Long.toString(id));
                    }
                    reload();
                });
        follow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(follow);
        if (may.edit()) {
            bar.add(tertiary("qa.action.edit", VaadinIcon.EDIT, e -> editQuestion()));
        }
        if (details.hasHistory()) {
            bar.add(tertiary("qa.action.history", VaadinIcon.TIME_BACKWARD,
                    e -> new HistoryDialog(questions.history(PostType.QUESTION, id)).open()));
        }
        if (may.reopen()) {
            bar.add(tertiary("qa.action.reopen", VaadinIcon.REFRESH, e -> new ReasonDialog(
                    getTranslation("qa.reopen.title"), getTranslation("qa.reopen.explain"),
                    getTranslation("qa.field.reason"), getTranslation("qa.action.reopen"), 2000,
                    reason -> act(() -> questions.reopen(id, reason))).open()));
        }
        if (may.raiseGeneral()) {
            bar.add(tertiary("qa.action.raise-general", VaadinIcon.ARROW_CIRCLE_UP, e -> new ReasonDialog(
                    getTranslation("qa.general.raise.title"), getTranslation("qa.general.raise.explain",
                            details.clusterName() == null ? "" : details.clusterName()),
                    getTranslation("qa.field.general-reason"), getTranslation("qa.action.raise-general"), 2000,
                    reason -> act(() -> general.raise(id, reason))).open()));
        }
        if (may.promote()) {
            bar.add(tertiary("qa.action.promote", VaadinIcon.DIPLOMA, e -> promote()));
        }
        if (may.moderate()) {
            bar.add(moderationMenu(PostType.QUESTION, id, details.hidden(), details.redacted()));
        }
        return bar;
    }

    private void editQuestion() {
        var block = getChildren().filter(c -> c.hasClassName("qa-question")).findFirst().orElseThrow();
        var editor = new Div();
        editor.addClassNames("qa-post", "qa-question", "qa-editing");
        var form = new QuestionForm(topicService.active(), topics, organisations.organisations(),
                questions.popularTags(30));
        form.show(details.title(), details.body(), details.topicCode(), details.tags(), details.concernsSector(),
                details.concernsOrganisationId());
        var conflict = new Div();
        conflict.addClassName("qa-conflict");
        conflict.setVisible(false);
        long[] expected = {details.version()};
        var save = new Button(getTranslation("action.save"), e -> {
            boolean required = form.checkRequired();
            if (!form.markPatientData() || !required) {
                return;
            }
            try {
                questions.edit(id, expected[0], form.draft());
                QaUi.success(getTranslation("qa.edit.saved"));
                reload();
            } catch (EditConflictException ex) {
                expected[0] = ex.currentVersion();
                showConflict(conflict, ex.currentTitle(), ex.currentBody());
            } catch (OptimisticLockingFailureException ex) {
                var current = questions.details(id).orElseThrow();
                expected[0] = current.version();
                showConflict(conflict, current.title(), current.body());
            } catch (PatientDataException ex) {
                var message = getTranslation("privacy.cpr-found", getTranslation(ex.field()), ex.finding().masked());
                if (!form.mark(ex.field(), message)) {
                    QaUi.error(message);
                }
            } catch (QaRuleException ex) {
                QaUi.error(getTranslation(ex.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> reload());
        var buttons = new Div(save, cancel);
        buttons.addClassName("qa-actions");
        editor.add(new H2(getTranslation("qa.edit.question")), conflict, form, buttons);
        replace(block, editor);
        form.title.focus();
    }

    /** Tells the person someone else saved meanwhile; their own text stays in the fields. */
    private void showConflict(Div conflict, String otherTitle, String otherBody) {
        conflict.removeAll();
        conflict.add(new Paragraph(getTranslation("qa.edit.conflict")));
        if (otherTitle != null) {
            conflict.add(new H3(otherTitle));
        }
        conflict.add(text(otherBody));
        conflict.setVisible(true);
        QaUi.error(getTranslation("qa.edit.conflict.short"));
    }

    private void promote() {
        var form = new GuidanceForm(topicService.active(), topics, organisations.organisations());
        new PromoteDialog(form, guidance.proposal(id), draft -> {
            long[] created = {0};
            boolean ok = QaUi.attempt(this, () -> created[0] = guidance.promote(id, draft), form.title, form.body);
            if (ok) {
                QaUi.success(getTranslation("qa.promote.done"));
                getUI().ifPresent(ui -> ui.navigate(GuidancePage.link(created[0])));
            }
            return ok;
        }).open();
    }

    // --- general question and decision -----------------------------------------------------------------------

    private Component generalBlock(QuestionDetails.General g) {
        var block = new Div();
        block.addClassName("qa-general");
        block.add(new H2(getTranslation("qa.general.title")));
        block.add(new Paragraph(getTranslation("qa.general.raised", g.raisedBy().name(),
                QaUi.dateTime(this, g.raisedAt()), details.clusterName() == null ? "" : details.clusterName())));
        if (!g.reason().isEmpty()) {
            block.add(text(g.reason()));
        }
        if (g.decision() != null) {
            var decision = new Div(new H3(getTranslation("qa.general.decision")));
            decision.addClassName("qa-decision");
            decision.add(g.decision().isEmpty() ? new Paragraph(getTranslation("qa.redacted.text"))
                    : text(g.decision()));
            if (g.decidedBy() != null && g.decidedAt() != null) {
                var by = new Span(getTranslation("qa.general.decided-by", g.decidedBy().name(),
                        QaUi.dateTime(this, g.decidedAt())));
                by.addClassName("qa-meta");
                decision.add(by);
            }
            if (g.decisionHasHistory()) {
                decision.add(tertiary("qa.action.history", VaadinIcon.TIME_BACKWARD,
                        e -> new HistoryDialog(questions.history(PostType.DECISION, id)).open()));
            }
            block.add(decision);
        } else {
            var waiting = new Paragraph(getTranslation("qa.general.awaiting"));
            waiting.addClassName("qa-muted");
            block.add(waiting);
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
                if (act(() -> general.decide(id, field.getValue()), field)) {
                    QaUi.success(getTranslation("qa.general.decided"));
                }
            });
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            block.add(field, decide);
        }
        if (details.may().redact() && g.decision() != null && !g.decision().isEmpty()) {
            block.add(redactButton(PostType.DECISION, id));
        }
        return block;
    }

    // --- answers ---------------------------------------------------------------------------------------------

    private Component answerBlock(AnswerView a) {
        var block = new Div();
        block.addClassNames("qa-post", "qa-answer");
        if (a.accepted()) {
            block.addClassName("qa-accepted");
        }
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
        block.add(head);

        if (a.redacted()) {
            block.add(notice(getTranslation("qa.redacted.text")));
        } else if (a.hidden() && a.body().isEmpty()) {
            block.add(notice(getTranslation("qa.answer.hidden-placeholder")));
        } else {
            if (a.hidden()) {
                block.add(notice(getTranslation("qa.answer.hidden-notice",
                        a.hiddenReason() == null ? "" : a.hiddenReason())));
            }
            block.add(text(a.body()));
        }

        var bar = new Div();
        bar.addClassName("qa-actions");
        var useful = new Button(getTranslation("qa.answer.useful", a.usefulCount()),
                (a.markedUseful() ? VaadinIcon.THUMBS_UP : VaadinIcon.THUMBS_UP_O).create(),
                e -> act(() -> questions.toggleUseful(a.id())));
        useful.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useful.setEnabled(!a.mine() && !a.hidden() && details.may().answer());
        useful.addClassName("qa-useful");
        bar.add(useful);
        var may = details.may();
        if (may.accept() && !a.hidden()) {
            if (a.accepted()) {
                bar.add(tertiary("qa.action.unaccept", VaadinIcon.CLOSE_SMALL, e -> act(() -> questions.unaccept(id))));
            } else {
                var accept = new Button(getTranslation("qa.action.accept"), VaadinIcon.CHECK.create(),
                        e -> act(() -> questions.accept(a.id())));
                accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_TERTIARY);
                bar.add(accept);
            }
        }
        if ((a.mine() || may.moderate()) && !a.redacted()) {
            bar.add(tertiary("qa.action.edit", VaadinIcon.EDIT, e -> editAnswer(block, a)));
        }
        if (a.hasHistory()) {
            bar.add(tertiary("qa.action.history", VaadinIcon.TIME_BACKWARD,
                    e -> new HistoryDialog(questions.history(PostType.ANSWER, a.id())).open()));
        }
        if (may.moderate()) {
            bar.add(moderationMenu(PostType.ANSWER, a.id(), a.hidden(), a.redacted()));
        }
        block.add(bar, comments(a.comments(), a.id()));
        return block;
    }

    private void editAnswer(Div block, AnswerView a) {
        var editor = new Div();
        editor.addClassNames("qa-post", "qa-answer", "qa-editing");
        var field = new TextArea(getTranslation("qa.field.answer"));
        field.setWidthFull();
        field.setMinHeight("8rem");
        field.setMaxLength(QuestionDraft.BODY_MAX);
        field.setValue(a.body());
        var conflict = new Div();
        conflict.addClassName("qa-conflict");
        conflict.setVisible(false);
        long[] expected = {a.version()};
        var save = new Button(getTranslation("action.save"), e -> {
            if (!PatientDataFields.markAll(field)) {
                return;
            }
            try {
                questions.editAnswer(a.id(), expected[0], field.getValue());
                QaUi.success(getTranslation("qa.edit.saved"));
                reload();
            } catch (EditConflictException ex) {
                expected[0] = ex.currentVersion();
                showConflict(conflict, null, ex.currentBody());
            } catch (OptimisticLockingFailureException ex) {
                var current = questions.details(id).orElseThrow().answers().stream()
                        .filter(x -> x.id() == a.id()).findFirst().orElseThrow();
                expected[0] = current.version();
                showConflict(conflict, null, current.body());
            } catch (PatientDataException | QaRuleException ex) {
                QaUi.attempt(this, () -> {
                    throw ex;
                }, field);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(save, new Button(getTranslation("action.cancel"), e -> reload()));
        buttons.addClassName("qa-actions");
        editor.add(conflict, field, buttons);
        replace(block, editor);
        field.focus();
    }

    private Component answerForm() {
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
            if (act(() -> questions.answer(id, field.getValue()), field)) {
                QaUi.success(getTranslation("qa.answer.sent"));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new H2(getTranslation("qa.answer.title")), field, send);
        return box;
    }

    // --- comments --------------------------------------------------------------------------------------------

    private Component comments(List<CommentView> list, Long answerId) {
        var box = new Div();
        box.addClassName("qa-comments");
        for (var c : list) {
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
            if (details.may().moderate()) {
                line.add(moderationMenu(PostType.COMMENT, c.id(), c.hidden(), c.redacted()));
            }
            box.add(line);
        }
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
                act(() -> questions.comment(id, answerId, field.getValue()), field);
            });
            send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            var form = new Div(field, send);
            form.addClassName("qa-comment-form");
            box.replace(e.getSource(), form);
            field.focus();
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (details.may().answer()) {
            box.add(add);
        }
        return box;
    }

    // --- moderation ------------------------------------------------------------------------------------------

    private Component moderationMenu(PostType type, long postId, boolean hidden, boolean redacted) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        MenuItem root = menu.addItem(getTranslation("qa.moderate"));
        root.addClassName("qa-moderate");
        var sub = root.getSubMenu();
        if (hidden) {
            sub.addItem(getTranslation("qa.moderate.unhide"), e -> act(() -> moderation.unhide(type, postId)));
        } else {
            sub.addItem(getTranslation("qa.moderate.hide"), e -> new ReasonDialog(getTranslation("qa.hide.title"),
                    getTranslation("qa.hide.explain"), getTranslation("qa.field.hide-reason"),
                    getTranslation("qa.moderate.hide"), 500,
                    reason -> act(() -> moderation.hide(type, postId, reason))).open());
        }
        if (!redacted && details.may().redact()) {
            sub.addItem(getTranslation("qa.moderate.redact"), e -> confirmRedact(type, postId));
        }
        return menu;
    }

    private Component redactButton(PostType type, long postId) {
        var button = tertiary("qa.moderate.redact", VaadinIcon.ERASER, e -> confirmRedact(type, postId));
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return button;
    }

    /** Redaction cannot be undone: the dialog explains that and asks for the reason the service requires. */
    private void confirmRedact(PostType type, long postId) {
        var dialog = new ReasonDialog(getTranslation("qa.redact.title"), getTranslation("qa.redact.explain"),
                getTranslation("qa.field.redact-reason"), getTranslation("qa.moderate.redact"), 500,
                reason -> act(() -> moderation.redact(type, postId, reason)));
        dialog.addClassName("qa-redact-dialog");
        dialog.open();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Runs an action and shows the page again; refusals become messages. */
    private boolean act(Runnable action, com.vaadin.flow.component.HasValidation... fields) {
        boolean ok = QaUi.attempt(this, action, fields);
        if (ok) {
            reload();
        }
        return ok;
    }

    private Button tertiary(String key, VaadinIcon icon,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        var button = new Button(getTranslation(key), icon.create(), click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Paragraph text(String text) {
        var p = new Paragraph(text);
        p.addClassName("qa-text");
        return p;
    }

    private static Div notice(String text) {
        var notice = new Div(new Span(text));
        notice.addClassName("qa-notice");
        return notice;
    }

    @Override
    public String getPageTitle() {
        return details == null || details.redacted() ? getTranslation("qa.list.title") : details.title();
    }
}
