package dk.sambo.portal.training.domain;

/** How wide a session reaches: a whole health cluster, one organisation, or one unit (and the units below it). */
public enum SessionScope {
    CLUSTER, ORGANISATION, UNIT
}
