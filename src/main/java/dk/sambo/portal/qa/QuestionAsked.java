package dk.sambo.portal.qa;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A question was posted. Where it was asked from is fixed at that moment, even if the asker moves later. */
public record QuestionAsked(long questionId, long askerId, @Nullable Long unitId, @Nullable Long organisationId,
        @Nullable Long clusterId, @Nullable String sector, String topicCode, Instant askedAt, Instant dueAt) {
}
