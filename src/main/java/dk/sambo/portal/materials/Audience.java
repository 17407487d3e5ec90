package dk.sambo.portal.materials;

/** Whom a material is for. Everyone logged in may read every material; the audience helps people find theirs. */
public enum Audience {
    EVERYONE, STAFF, CULTURE_BEARERS, LEADERS, CLUSTERS, POLITICAL
}
