package dk.sambo.portal.qa.domain;

/** The kinds of text that keep an edit history and can be hidden or redacted. */
public enum PostType {
    QUESTION, ANSWER, COMMENT, DECISION, GUIDANCE
}
