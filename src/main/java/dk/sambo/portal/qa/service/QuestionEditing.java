package dk.sambo.portal.qa.service;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.qa.domain.AnswerRepository;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.domain.Revision;
import dk.sambo.portal.qa.domain.RevisionRepository;
import dk.sambo.portal.shared.RuleViolation;

/**
 * Changing a question or an answer after it was posted, keeping the text before each change as a revision.
 * {@code expectedVersion} is the version the person opened; if someone saved in between, nothing is stored and
 * {@link EditConflictException} carries the other version.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class QuestionEditing {

    private final VisibleQuestions visibleQuestions;
    private final AnswerRepository answers;
    private final RevisionRepository revisions;
    private final QuestionDrafts drafts;
    private final QaAccess access;
    private final AuditLog audit;
    private final QaClock clock;
    private final ApplicationEventPublisher events;

    QuestionEditing(VisibleQuestions visibleQuestions, AnswerRepository answers, RevisionRepository revisions,
            QuestionDrafts drafts, QaAccess access, AuditLog audit, QaClock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.visibleQuestions = visibleQuestions;
        this.answers = answers;
        this.revisions = revisions;
        this.drafts = drafts;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes a question: the asker or a moderator. */
    public void edit(long questionId, long expectedVersion, QuestionDraft draft) {
        var me = access.me();
        var roles = access.roles();
        var question = visibleQuestions.visible(questionId, me, roles);
        if (!access.mayEdit(question, me, roles)) {
            throw new AccessDeniedException("Only the asker or a moderator edits a question");
        }
        if (question.getVersion() != expectedVersion) {
            throw new EditConflictException(question.getVersion(), question.getTitle(), question.getBody());
        }
        var clean = drafts.validate(draft);
        boolean textChanged = !clean.title().equals(question.getTitle()) || !clean.body().equals(question.getBody());
        boolean otherChanged = !clean.topicCode().equals(question.getTopicCode())
                || !Set.copyOf(clean.tags()).equals(Set.copyOf(question.getTags()))
                || clean.concernsSector() != question.getConcernsSector()
                || !Objects.equals(clean.concernsOrganisationId(), question.getConcernsOrganisationId());
        if (!textChanged && !otherChanged) {
            return;
        }
        var now = clock.now();
        if (textChanged) {
            revisions.save(new Revision(PostType.QUESTION, questionId, question.getTitle(), question.getBody(), me,
                    now));
        }
        question.edit(clean.title(), clean.body(), clean.topicCode(), new LinkedHashSet<>(clean.tags()),
                clean.concernsSector(), clean.concernsOrganisationId(), now);
        audit.record("QUESTION_EDITED", "Question", questionId, textChanged ? "text" : "details");
        events.publishEvent(new QuestionPageChanged(questionId));
    }

    /** Changes an answer: its author or a moderator (a hidden one only a moderator of the question). */
    public void editAnswer(long answerId, long expectedVersion, String text) {
        var me = access.me();
        var roles = access.roles();
        var answer = answers.findById(answerId).orElseThrow(() -> new RuleViolation("qa.error.not-found"));
        visibleQuestions.visible(answer.getQuestion().id(), me, roles);
        if (!access.mayEdit(answer, me, roles) || answer.isHidden() && !access.mayModerate(answer.getQuestion())) {
            throw new AccessDeniedException("Only the author or a moderator edits an answer");
        }
        if (answer.getVersion() != expectedVersion) {
            throw new EditConflictException(answer.getVersion(), null, answer.getBody());
        }
        var body = QaText.require("qa.field.answer", text, QuestionDraft.BODY_MAX, true);
        if (body.equals(answer.getBody())) {
            return;
        }
        var now = clock.now();
        revisions.save(new Revision(PostType.ANSWER, answerId, null, answer.getBody(), me, now));
        answer.edit(body, now);
        answer.getQuestion().touch(now);
        audit.record("ANSWER_EDITED", "Answer", answerId, "question=" + answer.getQuestion().id());
        events.publishEvent(new QuestionPageChanged(answer.getQuestion().id()));
    }
}
