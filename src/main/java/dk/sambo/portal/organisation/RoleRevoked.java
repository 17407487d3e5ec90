package dk.sambo.portal.organisation;

/** A person lost a role; sessions that still carry it must end. */
public record RoleRevoked(long personId, Role role) {
}
