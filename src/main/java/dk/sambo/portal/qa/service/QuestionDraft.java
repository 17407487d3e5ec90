package dk.sambo.portal.qa.service;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.organisation.Sector;

/**
 * What a person writes when asking or editing a question. Title at most 200 characters, body at most 10,000
 * (plain text; line breaks are kept), up to 8 tags.
 */
public record QuestionDraft(String title, String body, String topicCode, List<String> tags,
        @Nullable Sector concernsSector, @Nullable Long concernsOrganisationId) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 10_000;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 8;
    /** The longest comment (under the question or an answer). */
    public static final int COMMENT_MAX = 2000;

    public QuestionDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
