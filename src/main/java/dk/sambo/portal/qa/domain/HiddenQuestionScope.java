package dk.sambo.portal.qa.domain;

import org.jspecify.annotations.Nullable;

/** A hidden question's scope for the moderation rule: where it was asked from and whether it is routed to the reader. */
public record HiddenQuestionScope(long questionId, @Nullable Long unitId, @Nullable Long clusterId, boolean routedToMe) {
}
