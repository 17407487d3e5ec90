package dk.sambo.portal.qa.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Agreed guidance as the reader sees it. {@code dueForReview} is shown to those who may review it. */
public record GuidanceView(long id, long version, long questionId, String title, String body, String topicCode,
        @Nullable String clusterName, LocalDate reviewDate, boolean dueForReview, List<Long> organisationIds,
        List<String> organisationNames, PersonRef promotedBy, Instant promotedAt, @Nullable Instant updatedAt,
        boolean mayEdit) {
}
