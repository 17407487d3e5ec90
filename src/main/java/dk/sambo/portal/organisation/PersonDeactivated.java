package dk.sambo.portal.organisation;

/** A person lost access; their open sessions must end now. */
public record PersonDeactivated(long personId) {
}
