package dk.sambo.portal.qa.domain;

/** What a person can follow. */
public enum FollowKind {
    QUESTION, TOPIC, TAG
}
