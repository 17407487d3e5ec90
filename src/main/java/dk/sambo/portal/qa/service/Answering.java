package dk.sambo.portal.qa.service;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.qa.QuestionAnswered;
import dk.sambo.portal.qa.domain.Answer;
import dk.sambo.portal.qa.domain.AnswerRepository;
import dk.sambo.portal.qa.domain.Comment;
import dk.sambo.portal.qa.domain.CommentRepository;
import dk.sambo.portal.qa.domain.Follow;
import dk.sambo.portal.qa.domain.FollowKind;
import dk.sambo.portal.qa.domain.FollowRepository;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.shared.RuleViolation;

/**
 * Answering a question and commenting on it or on an answer. Anyone but the read-only political level may;
 * culture bearers' answers are marked. Audited, and answers announced with {@link QuestionAnswered}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class Answering {

    private final VisibleQuestions visibleQuestions;
    private final AnswerRepository answers;
    private final CommentRepository comments;
    private final FollowRepository follows;
    private final StatusChanges statusChanges;
    private final QaAccess access;
    private final QaNotifier notifier;
    private final QaDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final QaClock clock;

    Answering(VisibleQuestions visibleQuestions, AnswerRepository answers, CommentRepository comments,
            FollowRepository follows, StatusChanges statusChanges, QaAccess access, QaNotifier notifier,
            QaDirectory directory, AuditLog audit, ApplicationEventPublisher events, QaClock clock) {
        this.visibleQuestions = visibleQuestions;
        this.answers = answers;
        this.comments = comments;
        this.follows = follows;
        this.statusChanges = statusChanges;
        this.access = access;
        this.notifier = notifier;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The first answer by someone other than the asker makes an open question answered (the asker may still
     * accept their own answer, which resolves it). The one who answers follows the question.
     */
    public long answer(long questionId, String text) {
        access.requireWriter();
        var me = access.me();
        var roles = access.roles();
        var question = visibleQuestions.visible(questionId, me, roles);
        var body = QaText.require("qa.field.answer", text, QuestionDraft.BODY_MAX, true);
        var now = clock.now();
        boolean byCultureBearer = roles.contains(Role.CULTURE_BEARER);
        var answer = answers.save(new Answer(question, me, byCultureBearer, body, now));
        question.addAnswer(answer);
        if (!follows.existsByPersonIdAndKindAndTarget(me, FollowKind.QUESTION, Long.toString(questionId))) {
            follows.save(new Follow(me, FollowKind.QUESTION, Long.toString(questionId), now));
        }
        audit.record("ANSWER_POSTED", "Answer", answer.id(), "question=" + questionId);
        events.publishEvent(new QuestionAnswered(questionId, answer.id(), me, byCultureBearer, now));
        // The asker adding to their own question does not stop the response time: it waits for someone else.
        if (question.getStatus() == QuestionStatus.OPEN && me != question.getAskerId()) {
            statusChanges.change(question, QuestionStatus.ANSWERED);
        }
        notifier.answered(question, me, directory.lookup().person(me).name());
        return answer.id();
    }

    /** A comment or follow-up on the question, or on one of its answers. */
    public long comment(long questionId, @Nullable Long answerId, String text) {
        access.requireWriter();
        var me = access.me();
        var roles = access.roles();
        var question = visibleQuestions.visible(questionId, me, roles);
        Long answerAuthor = null;
        if (answerId != null) {
            var answer = answers.findById(answerId).filter(a -> a.getQuestion().id() == questionId)
                    .orElseThrow(() -> new RuleViolation("qa.error.not-found"));
            answerAuthor = answer.getAuthorId();
        }
        var body = QaText.require("qa.field.comment", text, QuestionDraft.COMMENT_MAX, true);
        var now = clock.now();
        var comment = comments.save(new Comment(questionId, answerId, me, Comment.Kind.COMMENT, body, now));
        question.touch(now);
        audit.record("COMMENT_POSTED", "Comment", comment.id(), "question=" + questionId);
        notifier.commented(question, answerAuthor, me, directory.lookup().person(me).name());
        events.publishEvent(new QuestionPageChanged(questionId));
        return comment.id();
    }
}
