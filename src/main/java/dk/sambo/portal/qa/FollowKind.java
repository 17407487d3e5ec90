package dk.sambo.portal.qa;

/** What a person can follow. */
public enum FollowKind {
    QUESTION, TOPIC, TAG
}
