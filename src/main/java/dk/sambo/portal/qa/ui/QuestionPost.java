package dk.sambo.portal.qa.ui;

import java.util.EnumSet;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.qa.domain.FollowKind;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.service.QuestionDetails;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataException;
import dk.sambo.portal.shared.ui.Feedback;

/**
 * The question itself: title, badges, who asked from where, the text and tags, and what the reader may do with
 * it (follow, edit with history, reopen, lift as a general question, promote, moderate). Following shows only
 * this part again; editing happens in place.
 */
final class QuestionPost extends Div {

    private final QuestionDetails details;
    private final Map<String, TopicSummary> topics;
    private final QuestionPageServices services;
    private final QuestionPageActions page;

    QuestionPost(QuestionDetails details, Map<String, TopicSummary> topics, QuestionPageServices services,
            QuestionPageActions page) {
        this.details = details;
        this.topics = topics;
        this.services = services;
        this.page = page;
        addClassNames("qa-post", "qa-question");
        var title = new H1(details.redacted() ? getTranslation("qa.redacted.title", details.id()) : details.title());
        add(title, badges(), meta());
        if (details.hidden()) {
            add(QaUi.notice(getTranslation("qa.question.hidden-notice",
                    details.hiddenReason() == null ? "" : details.hiddenReason())));
        }
        if (details.redacted()) {
            add(QaUi.notice(getTranslation("qa.redacted.text")));
        } else if (!details.body().isEmpty()) {
            add(QaUi.text(details.body()));
        }
        if (!details.tags().isEmpty()) {
            var tags = new Div();
            tags.addClassName("qa-tags");
            details.tags().forEach(t -> {
                var tag = new Anchor(QaUi.QUESTION_ROUTE + "?q=" + t, "#" + t);
                tag.addClassNames("qa-badge", "qa-badge-tag");
                tags.add(tag);
            });
            add(tags);
        }
        add(actions());
    }

    private Div badges() {
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
        return badges;
    }

    private Div meta() {
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

    private Div actions() {
        var bar = new Div();
        bar.addClassName("qa-actions");
        var may = details.may();
        long id = details.id();
        var target = Long.toString(id);
        var follow = new Button(getTranslation(details.following() ? "qa.action.unfollow" : "qa.action.follow"),
                (details.following() ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL).create(), e -> page.act(
                        EnumSet.of(QuestionPageActions.Part.QUESTION), () -> {
                            if (details.following()) {
                                services.follows().unfollow(FollowKind.QUESTION, target);
                            } else {
                                services.follows().follow(FollowKind.QUESTION, target);
                            }
                        }));
        follow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(follow);
        if (may.edit()) {
            bar.add(QaUi.tertiary("qa.action.edit", VaadinIcon.EDIT, e -> edit()));
        }
        if (details.hasHistory()) {
            bar.add(QaUi.tertiary("qa.action.history", VaadinIcon.TIME_BACKWARD,
                    e -> new HistoryDialog(services.history().history(PostType.QUESTION, id)).open()));
        }
        if (may.reopen()) {
            // Reopening adds a comment, takes back the acceptance and changes the status.
            bar.add(QaUi.tertiary("qa.action.reopen", VaadinIcon.REFRESH, e -> new ReasonDialog(
                    getTranslation("qa.reopen.title"), getTranslation("qa.reopen.explain"),
                    getTranslation("qa.field.reason"), getTranslation("qa.action.reopen"), 2000,
                    reason -> page.act(QuestionPageActions.Part.ALL, () -> services.resolving().reopen(id, reason)))
                    .open()));
        }
        if (may.raiseGeneral()) {
            bar.add(QaUi.tertiary("qa.action.raise-general", VaadinIcon.ARROW_CIRCLE_UP, e -> new ReasonDialog(
                    getTranslation("qa.general.raise.title"), getTranslation("qa.general.raise.explain",
                            details.clusterName() == null ? "" : details.clusterName()),
                    getTranslation("qa.field.general-reason"), getTranslation("qa.action.raise-general"), 2000,
                    reason -> page.act(QuestionPageActions.Part.ALL, () -> services.general().raise(id, reason)))
                    .open()));
        }
        if (may.promote()) {
            bar.add(QaUi.tertiary("qa.action.promote", VaadinIcon.DIPLOMA, e -> promote()));
        }
        if (may.moderate()) {
            bar.add(new ModerationMenu(services.moderation(), page, PostType.QUESTION, id, details.hidden(),
                    details.redacted(), may.redact()));
        }
        return bar;
    }

    /** Puts the question form in this part's place; saving shows the whole page again. */
    private void edit() {
        var editor = new Div();
        editor.addClassNames("qa-post", "qa-question", "qa-editing");
        var form = new QuestionForm(services.topics().active(), topics, services.organisations().organisations(),
                services.lists().popularTags(30));
        form.show(details.title(), details.body(), details.topicCode(), details.tags(), details.concernsSector(),
                details.concernsOrganisationId());
        var conflict = new EditConflictBox(details.version());
        var save = new Button(getTranslation("action.save"), e -> {
            boolean required = form.checkRequired();
            if (!form.markPatientData() || !required) {
                return;
            }
            try {
                if (conflict.save(version -> services.editing().edit(details.id(), version, form.draft()),
                        this::storedQuestion)) {
                    Feedback.success(getTranslation("qa.edit.saved"));
                    page.refresh(QuestionPageActions.Part.ALL);
                }
            } catch (PatientDataException ex) {
                var message = getTranslation("privacy.cpr-found", getTranslation(ex.field()), ex.finding().masked());
                if (!form.mark(ex.field(), message)) {
                    Feedback.error(message);
                }
            } catch (RuleViolation ex) {
                // Every broken rule is marked at its field; the toast names them all, as before with the first.
                form.mark(ex);
                Feedback.error(Feedback.explain(this, ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"),
                e -> page.refresh(EnumSet.of(QuestionPageActions.Part.QUESTION)));
        var buttons = new Div(save, cancel);
        buttons.addClassName("qa-actions");
        editor.add(new H2(getTranslation("qa.edit.question")), conflict, form, buttons);
        getParent().ifPresent(parent -> parent.getElement().insertChild(parent.getElement().indexOfChild(
                getElement()), editor.getElement()));
        removeFromParent();
        form.title.focus();
    }

    private EditConflictBox.Stored storedQuestion() {
        var current = services.page().details(details.id()).orElseThrow();
        return new EditConflictBox.Stored(current.version(), current.title(), current.body());
    }

    private void promote() {
        var form = new GuidanceForm(services.topics().active(), topics, services.organisations().organisations());
        new PromoteDialog(form, services.guidance().proposal(details.id()), draft -> {
            long[] created = {0};
            boolean ok = Feedback.attempt(this, () -> created[0] = services.guidance().promote(details.id(), draft),
                    form.byServiceName());
            if (ok) {
                Feedback.success(getTranslation("qa.promote.done"));
                getUI().ifPresent(ui -> ui.navigate(GuidancePage.link(created[0])));
            }
            return ok;
        }).open();
    }
}
