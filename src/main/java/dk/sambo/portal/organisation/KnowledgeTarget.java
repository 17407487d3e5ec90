package dk.sambo.portal.organisation;

/** How much a person needs to know about the agreement (seed 000): in-depth, overall, or none. */
public enum KnowledgeTarget {
    IN_DEPTH, OVERALL, NONE
}
