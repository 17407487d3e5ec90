package dk.sambo.portal.qa.search;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.organisation.Sector;
import dk.sambo.portal.qa.domain.QuestionStatus;

/**
 * What the question list searches for. Empty text lists everything matching the filters. {@code overdueOnly}
 * keeps open questions past their response time.
 */
public record SearchCriteria(@Nullable String text, @Nullable String topicCode, @Nullable QuestionStatus status,
        boolean overdueOnly, @Nullable Sector sector, @Nullable Long organisationId, boolean mineOnly,
        boolean followedOnly, Order order) {

    /** The longest search text the list accepts (the field carries it as its maxLength). */
    public static final int TEXT_MAX = 200;

    /**
     * Words searched for at most: each word becomes a clause per searched field, and Lucene refuses a query with
     * more than 1024 clauses (a pasted page of text did, and the list showed the error page).
     */
    public static final int WORDS_MAX = 32;

    public enum Order {
        RELEVANCE, NEWEST, LATEST_ACTIVITY
    }

    public static SearchCriteria all() {
        return new SearchCriteria(null, null, null, false, null, null, false, false, Order.NEWEST);
    }

    public static SearchCriteria text(String text) {
        return new SearchCriteria(text, null, null, false, null, null, false, false, Order.RELEVANCE);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
