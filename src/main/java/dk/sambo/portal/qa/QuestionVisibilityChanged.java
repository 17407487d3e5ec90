package dk.sambo.portal.qa;

import java.time.Instant;

/**
 * A moderator hid a question (off-topic, a duplicate, a breach of the rules) or showed it again. A hidden question
 * is out of the question-health figures: nobody is meant to answer it.
 */
public record QuestionVisibilityChanged(long questionId, boolean hidden, Instant at) {
}
