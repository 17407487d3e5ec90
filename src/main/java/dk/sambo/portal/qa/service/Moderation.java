package dk.sambo.portal.qa.service;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.notification.Notifications;
import dk.sambo.portal.qa.QuestionVisibilityChanged;
import dk.sambo.portal.qa.domain.Answer;
import dk.sambo.portal.qa.domain.AnswerRepository;
import dk.sambo.portal.qa.domain.Comment;
import dk.sambo.portal.qa.domain.CommentRepository;
import dk.sambo.portal.qa.domain.GuidanceRepository;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.domain.Redaction;
import dk.sambo.portal.qa.domain.RedactionRepository;
import dk.sambo.portal.qa.domain.Revision;
import dk.sambo.portal.qa.domain.RevisionRepository;
import dk.sambo.portal.qa.search.SearchIndexMaintenance;
import dk.sambo.portal.shared.RuleViolation;

/**
 * Culture bearers, the implementing level and administrators keep the shared place clean, each in their own scope
 * ({@link QaAccess#mayModerate}): the culture bearers a question belongs to, the implementing level of its cluster,
 * administrators. Hiding takes a post out of sight with a reason (the author and moderators still see it and can
 * fix it). Redaction removes the text itself everywhere: the post, its edit history, the copies in notifications,
 * and the search index. It cannot be undone, so only administrators and the cluster's implementing level redact,
 * and always with a reason ({@link Redaction}).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('CULTURE_BEARER', 'IMPLEMENTING', 'ADMIN')")
public class Moderation {

    private final QuestionRepository questions;
    private final AnswerRepository answers;
    private final CommentRepository comments;
    private final RevisionRepository revisions;
    private final GuidanceRepository guidance;
    private final StatusChanges statusChanges;
    private final QaAccess access;
    private final QaNotifier notifier;
    private final Notifications notifications;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final QaClock clock;
    private final RedactionRepository redactions;

    Moderation(QuestionRepository questions, AnswerRepository answers, CommentRepository comments,
            RevisionRepository revisions, GuidanceRepository guidance, StatusChanges statusChanges, QaAccess access,
            QaNotifier notifier, Notifications notifications, AuditLog audit, ApplicationEventPublisher events,
            QaClock clock, RedactionRepository redactions) {
        this.questions = questions;
        this.answers = answers;
        this.comments = comments;
        this.revisions = revisions;
        this.guidance = guidance;
        this.statusChanges = statusChanges;
        this.access = access;
        this.notifier = notifier;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.redactions = redactions;
    }

    /** Hides a question, answer or comment with a reason the author is told. */
    public void hide(PostType type, long id, String reason) {
        access.requireModerator(questionOf(type, id));
        var me = access.me();
        var text = QaText.require("qa.field.hide-reason", reason, 500, true);
        var now = clock.now();
        switch (type) {
            case QUESTION -> {
                var q = question(id);
                q.hide(text, me, now);
                notifier.moderated(q, q.getAskerId(), me, false);
                events.publishEvent(new QuestionVisibilityChanged(id, true, now));
            }
            case ANSWER -> {
                var a = answer(id);
                var q = a.getQuestion();
                a.hide(text, me, now);
                if (a.isAccepted()) {
                    a.setAccepted(false);
                    q.accept(null);
                }
                q.recountAnswers();
                settleStatus(q);
                notifier.moderated(q, a.getAuthorId(), me, false);
            }
            case COMMENT -> {
                var c = comment(id);
                c.hide(text, me, now);
                notifier.moderated(question(c.getQuestionId()), c.getAuthorId(), me, false);
            }
            default -> throw new RuleViolation("qa.error.cannot-moderate");
        }
        audit.record(type.name() + "_HIDDEN", auditType(type), id, null);
        events.publishEvent(new QuestionPageChanged(questionOf(type, id).id()));
    }

    public void unhide(PostType type, long id) {
        access.requireModerator(questionOf(type, id));
        switch (type) {
            case QUESTION -> {
                question(id).unhide();
                events.publishEvent(new QuestionVisibilityChanged(id, false, clock.now()));
            }
            case ANSWER -> {
                var a = answer(id);
                a.unhide();
                a.getQuestion().recountAnswers();
                settleStatus(a.getQuestion());
            }
            case COMMENT -> comment(id).unhide();
            default -> throw new RuleViolation("qa.error.cannot-moderate");
        }
        audit.record(type.name() + "_UNHIDDEN", auditType(type), id, null);
        events.publishEvent(new QuestionPageChanged(questionOf(type, id).id()));
    }

    /**
     * Removes the text of a post for good: in the database, in every earlier version, in notifications that
     * quoted it, and (after commit) in the search index's files. The reason is required and kept with who did it.
     */
    public void redact(PostType type, long id, String reason) {
        if (type == PostType.GUIDANCE) {
            var g = guidance.findById(id).orElseThrow(() -> new RuleViolation("qa.error.not-found"));
            if (!access.mayRedactInCluster(g.getClusterId())) {
                throw new AccessDeniedException("Only administrators and the cluster's implementing level redact");
            }
        } else if (!access.mayRedact(questionOf(type, id))) {
            throw new AccessDeniedException("Only administrators and the cluster's implementing level redact");
        }
        var me = access.me();
        var text = QaText.require("qa.field.redact-reason", reason, 500, true);
        var now = clock.now();
        redactions.save(new Redaction(type, id, text, me, now));
        switch (type) {
            case QUESTION -> {
                var q = question(id);
                q.redact(me, now);
                wipeHistory(PostType.QUESTION, id);
                notifications.wipeTextAbout(QaNotifier.SUBJECT, id);
                notifier.moderated(q, q.getAskerId(), me, true);
            }
            case ANSWER -> {
                var a = answer(id);
                a.redact(me, now);
                wipeHistory(PostType.ANSWER, id);
                notifier.moderated(a.getQuestion(), a.getAuthorId(), me, true);
            }
            case COMMENT -> {
                var c = comment(id);
                c.redact(me, now);
                notifier.moderated(question(c.getQuestionId()), c.getAuthorId(), me, true);
            }
            case DECISION -> {
                var q = question(id);
                q.redactGeneralTexts();
                wipeHistory(PostType.DECISION, id);
            }
            case GUIDANCE -> {
                var g = guidance.findById(id).orElseThrow(() -> new RuleViolation("qa.error.not-found"));
                g.redact(now);
                wipeHistory(PostType.GUIDANCE, id);
                notifications.wipeTextAbout(QaNotifier.GUIDANCE_SUBJECT, id);
            }
        }
        audit.record(type.name() + "_REDACTED", auditType(type), id, null);
        if (type != PostType.GUIDANCE) {
            events.publishEvent(new QuestionPageChanged(questionOf(type, id).id()));
        }
        events.publishEvent(new SearchIndexMaintenance.Redacted(type, id));
    }

    /**
     * After hiding or showing answers: open if no answer is left to read, answered if one came back (unless the
     * question was reopened on purpose).
     */
    private void settleStatus(Question q) {
        if (q.getStatus() == QuestionStatus.RESOLVED && q.getAcceptedAnswerId() == null) {
            statusChanges.change(q, q.getAnswerCount() > 0 ? QuestionStatus.ANSWERED : QuestionStatus.OPEN);
        } else if (q.getStatus() == QuestionStatus.ANSWERED && q.getAnswerCount() == 0) {
            statusChanges.change(q, QuestionStatus.OPEN);
        } else if (q.getStatus() == QuestionStatus.OPEN && q.getAnswerCount() > 0
                && !comments.existsByQuestionIdAndKind(q.id(), Comment.Kind.REOPEN)) {
            statusChanges.change(q, QuestionStatus.ANSWERED);
        }
    }

    private void wipeHistory(PostType type, long id) {
        revisions.findByPostTypeAndPostIdOrderByEditedAtDescIdDesc(type, id).forEach(Revision::redact);
    }

    private static String auditType(PostType type) {
        return switch (type) {
            case QUESTION -> "Question";
            case ANSWER -> "Answer";
            case COMMENT -> "Comment";
            case DECISION -> "Question";
            case GUIDANCE -> "Guidance";
        };
    }

    /** The question a post belongs to: its scope decides who may moderate it. */
    private Question questionOf(PostType type, long id) {
        return switch (type) {
            case QUESTION, DECISION -> question(id);
            case ANSWER -> answer(id).getQuestion();
            case COMMENT -> question(comment(id).getQuestionId());
            case GUIDANCE -> throw new RuleViolation("qa.error.cannot-moderate");
        };
    }

    private Question question(long id) {
        return questions.findById(id).orElseThrow(() -> new RuleViolation("qa.error.not-found"));
    }

    private Answer answer(long id) {
        return answers.findById(id).orElseThrow(() -> new RuleViolation("qa.error.not-found"));
    }

    private Comment comment(long id) {
        return comments.findById(id).orElseThrow(() -> new RuleViolation("qa.error.not-found"));
    }
}
