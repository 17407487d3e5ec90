package dk.sambo.portal.qa.service;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.qa.domain.QuestionStatus;

/**
 * A question in a list. {@code titleHtml} and {@code snippetHtml} are escaped HTML whose only markup is
 * {@code <mark>} around the words that matched a search.
 */
public record QuestionRow(long id, String title, String titleHtml, @Nullable String snippetHtml,
        QuestionStatus status, String topicCode, List<String> tags, Instant askedAt, Instant dueAt,
        boolean overdue, boolean escalated, int answerCount, boolean general, boolean decided, boolean guidance,
        boolean hidden, boolean redacted, @Nullable String unitName, @Nullable String organisationName) {
}
