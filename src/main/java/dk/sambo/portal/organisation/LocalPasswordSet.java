package dk.sambo.portal.organisation;

/** An administrator set a person's local password; the person's other sessions must end (ASVS 7.4.3). */
public record LocalPasswordSet(long personId) {
}
