package dk.sambo.portal.organisation;

public enum OrganisationKind {
    HOSPITAL, PSYCHIATRY, MUNICIPALITY, GENERAL_PRACTICE
}
