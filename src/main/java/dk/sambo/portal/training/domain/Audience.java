package dk.sambo.portal.training.domain;

/** Whom a session is meant for, after the target groups of the implementation plan. */
public enum Audience {
    STAFF_IN_DEPTH, STAFF_OVERALL, LEADERS, CULTURE_BEARERS
}
