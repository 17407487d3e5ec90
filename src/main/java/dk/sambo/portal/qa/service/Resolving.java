package dk.sambo.portal.qa.service;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.qa.domain.Answer;
import dk.sambo.portal.qa.domain.AnswerRepository;
import dk.sambo.portal.qa.domain.Comment;
import dk.sambo.portal.qa.domain.CommentRepository;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.domain.UsefulMark;
import dk.sambo.portal.qa.domain.UsefulMarkRepository;
import dk.sambo.portal.shared.RuleViolation;

/**
 * Settling a question: accepting an answer (resolved), taking the acceptance back, reopening with a reason (a new
 * response time, back in the culture bearers' queue), and marking answers useful.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class Resolving {

    private final VisibleQuestions visibleQuestions;
    private final AnswerRepository answers;
    private final CommentRepository comments;
    private final UsefulMarkRepository usefulMarks;
    private final StatusChanges statusChanges;
    private final ResponseTime responseTime;
    private final QaAccess access;
    private final QaNotifier notifier;
    private final AuditLog audit;
    private final QaClock clock;
    private final ApplicationEventPublisher events;

    Resolving(VisibleQuestions visibleQuestions, AnswerRepository answers, CommentRepository comments,
            UsefulMarkRepository usefulMarks, StatusChanges statusChanges, ResponseTime responseTime,
            QaAccess access, QaNotifier notifier, AuditLog audit, QaClock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.visibleQuestions = visibleQuestions;
        this.answers = answers;
        this.comments = comments;
        this.usefulMarks = usefulMarks;
        this.statusChanges = statusChanges;
        this.responseTime = responseTime;
        this.access = access;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** The asker or a culture bearer accepts an answer: the question is resolved. */
    public void accept(long answerId) {
        var me = access.me();
        var roles = access.roles();
        var answer = answers.findById(answerId).orElseThrow(() -> new RuleViolation("qa.error.not-found"));
        var question = visibleQuestions.visible(answer.getQuestion().id(), me, roles);
        if (!access.mayAcceptOrReopen(question, me, roles)) {
            throw new AccessDeniedException("Only the asker or a culture bearer accepts an answer");
        }
        if (answer.isHidden()) {
            throw new RuleViolation("qa.error.hidden-answer");
        }
        if (answer.isAccepted()) {
            return;
        }
        question.getAnswers().stream().filter(Answer::isAccepted).forEach(a -> a.setAccepted(false));
        answer.setAccepted(true);
        question.accept(answerId);
        question.touch(clock.now());
        audit.record("ANSWER_ACCEPTED", "Answer", answerId, "question=" + question.id());
        if (question.getStatus() != QuestionStatus.RESOLVED) {
            statusChanges.change(question, QuestionStatus.RESOLVED);
        }
        notifier.accepted(question, answer.getAuthorId(), me);
        events.publishEvent(new QuestionPageChanged(question.id()));
    }

    /** Takes back an acceptance: the question is answered but not resolved. */
    public void unaccept(long questionId) {
        var me = access.me();
        var roles = access.roles();
        var question = visibleQuestions.visible(questionId, me, roles);
        if (!access.mayAcceptOrReopen(question, me, roles)) {
            throw new AccessDeniedException("Only the asker or a culture bearer changes the accepted answer");
        }
        if (question.getAcceptedAnswerId() == null) {
            return;
        }
        question.getAnswers().stream().filter(Answer::isAccepted).forEach(a -> a.setAccepted(false));
        audit.record("ANSWER_UNACCEPTED", "Answer", question.getAcceptedAnswerId(), "question=" + questionId);
        question.accept(null);
        if (question.getStatus() == QuestionStatus.RESOLVED) {
            statusChanges.change(question, QuestionStatus.ANSWERED);
        }
        events.publishEvent(new QuestionPageChanged(questionId));
    }

    /**
     * The asker or a culture bearer reopens an answered or resolved question with a reason. It gets a new
     * response time and is back in the culture bearers' queue.
     */
    public void reopen(long questionId, String reason) {
        var me = access.me();
        var roles = access.roles();
        var question = visibleQuestions.visible(questionId, me, roles);
        if (!access.mayAcceptOrReopen(question, me, roles)) {
            throw new AccessDeniedException("Only the asker or a culture bearer reopens a question");
        }
        if (question.getStatus() == QuestionStatus.OPEN) {
            throw new RuleViolation("qa.error.already-open");
        }
        var text = QaText.require("qa.field.reason", reason, 2000, true);
        var now = clock.now();
        var comment = comments.save(new Comment(questionId, null, me, Comment.Kind.REOPEN, text, now));
        question.getAnswers().stream().filter(Answer::isAccepted).forEach(a -> a.setAccepted(false));
        question.reopen(now, responseTime.dueAt(now));
        audit.record("QUESTION_REOPENED", "Question", questionId, "comment=" + comment.id());
        statusChanges.change(question, QuestionStatus.OPEN);
        notifier.reopened(question, me);
    }

    /** Marks an answer useful, or takes the mark back. Returns whether it is marked now. */
    public boolean toggleUseful(long answerId) {
        access.requireWriter();
        var me = access.me();
        var answer = answers.findById(answerId).orElseThrow(() -> new RuleViolation("qa.error.not-found"));
        visibleQuestions.visible(answer.getQuestion().id(), me, access.roles());
        if (answer.getAuthorId() == me) {
            throw new RuleViolation("qa.error.own-answer-useful");
        }
        var key = new UsefulMark.Key(answerId, me);
        boolean marked;
        if (usefulMarks.existsById(key)) {
            usefulMarks.deleteById(key);
            marked = false;
        } else {
            usefulMarks.save(new UsefulMark(answerId, me, clock.now()));
            marked = true;
        }
        usefulMarks.flush();
        events.publishEvent(new QuestionPageChanged(answer.getQuestion().id()));
        answer.setUsefulCount(usefulMarks.countByAnswer(answerId));
        return marked;
    }
}
