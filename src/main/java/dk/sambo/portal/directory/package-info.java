/**
 * The contact directory: line managers, culture bearers, senior managers and the cluster levels by organisation,
 * unit, cluster and topic, so leaders contact colleagues across sectors directly and everyone knows who lifts
 * general issues to the cluster.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact directory",
        allowedDependencies = { "organisation", "audit", "shared" })
@org.springframework.lang.NonNullApi
package dk.sambo.portal.directory;
