package dk.sambo.portal.qa.search;

import dk.sambo.portal.qa.domain.QuestionStatus;

/** A question like the one being typed, for the ask form. */
public record SimilarQuestion(long id, String title, QuestionStatus status, int answerCount, boolean guidance) {
}
