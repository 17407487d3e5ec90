package dk.sambo.portal.qa.service;

import java.util.Set;

import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.shared.RuleViolation;

/** Finds a question for a person, answering "not found" when they may not see it, so hidden questions do not leak. */
@Component
class VisibleQuestions {

    private final QuestionRepository questions;
    private final QaAccess access;

    VisibleQuestions(QuestionRepository questions, QaAccess access) {
        this.questions = questions;
        this.access = access;
    }

    /** The question, if the person may see it; "not found" otherwise. */
    Question visible(long questionId, long me, Set<Role> roles) {
        return questions.findById(questionId).filter(q -> access.maySee(q, me, roles))
                .orElseThrow(() -> new RuleViolation("qa.error.not-found"));
    }
}
