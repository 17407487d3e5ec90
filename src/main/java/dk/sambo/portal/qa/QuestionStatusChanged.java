package dk.sambo.portal.qa;

import java.time.Instant;

/** OPEN, ANSWERED, RESOLVED (and back to OPEN on reopening). */
public record QuestionStatusChanged(long questionId, String status, Instant at) {
}
