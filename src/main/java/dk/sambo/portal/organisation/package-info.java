/**
 * Who is who: health clusters, organisations and their sectors, units, people, their roles with scope, and the
 * culture bearers appointed in units. Also decides, for every other feature, what the logged-in person may see.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.organisation;
