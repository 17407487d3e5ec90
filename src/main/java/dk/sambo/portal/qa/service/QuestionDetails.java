package dk.sambo.portal.qa.service;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.organisation.Sector;
import dk.sambo.portal.qa.domain.QuestionStatus;

/** Everything the question page shows, already filtered for the reader (hidden texts only to moderators). */
public record QuestionDetails(long id, long version, String title, String body, String topicCode,
        List<String> tags, @Nullable Sector concernsSector, @Nullable Long concernsOrganisationId,
        @Nullable String concernsOrganisationName, PersonRef asker, @Nullable String unitName,
        @Nullable String organisationName, @Nullable String clusterName, QuestionStatus status, Instant askedAt,
        Instant dueAt, boolean overdue, @Nullable Instant escalatedAt, @Nullable Instant editedAt,
        boolean hasHistory, boolean hidden, @Nullable String hiddenReason, boolean redacted,
        @Nullable General general, List<AnswerView> answers, List<CommentView> comments, boolean following,
        @Nullable Long guidanceId, Permissions may) {

    /** Lifted as a general question to the cluster's strategic level, and the decision if made. */
    public record General(PersonRef raisedBy, Instant raisedAt, String reason, @Nullable String decision,
            @Nullable PersonRef decidedBy, @Nullable Instant decidedAt, boolean decisionHasHistory) {
    }

    /**
     * What the reader may do here; the services check the same rules again. {@code answer}: may answer, comment and
     * mark answers useful (not the read-only political level). {@code moderate}: hide and show posts in this
     * question's scope; {@code redact}: remove texts for good (administrators, the cluster's implementing level).
     */
    public record Permissions(boolean edit, boolean answer, boolean accept, boolean reopen, boolean moderate,
            boolean raiseGeneral, boolean decide, boolean promote, boolean redact) {
    }
}
