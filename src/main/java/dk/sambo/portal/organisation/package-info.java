/**
 * Who is who: health clusters, organisations and their sectors, units, people, their roles with scope, and the
 * culture bearers appointed in units. Also decides, for every other feature, what the logged-in person may see.
 *
 * <p>API: the services and records of this package (other modules see clusters, organisations, units, people
 * and topics as {@code *Summary} records; the entities and repositories in {@code domain} are internal) and the
 * form pickers of {@code organisation.ui.pickers} (named interface {@code pickers}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation",
        allowedDependencies = { "audit", "shared" })
@org.springframework.lang.NonNullApi
package dk.sambo.portal.organisation;
