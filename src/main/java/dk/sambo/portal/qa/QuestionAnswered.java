package dk.sambo.portal.qa;

import java.time.Instant;

/** An answer was posted to a question (the first, or a later one). */
public record QuestionAnswered(long questionId, long answerId, long answeredBy, boolean byCultureBearer,
        Instant answeredAt) {
}
