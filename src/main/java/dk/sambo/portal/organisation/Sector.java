package dk.sambo.portal.organisation;

/** The three sectors of the agreement. */
public enum Sector {
    REGION, KOMMUNE, ALMEN_PRAKSIS
}
