package dk.sambo.portal.organisation;

/** What a role assignment covers: one unit (and the units below it), an organisation, a cluster, or the region. */
public enum ScopeType {
    UNIT, ORGANISATION, CLUSTER, REGION
}
