package dk.sambo.portal.qa;

import java.time.Instant;

/** A question passed its response time unanswered and was escalated to the cluster's implementing level. */
public record QuestionEscalated(long questionId, Instant escalatedAt) {
}
