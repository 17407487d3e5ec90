/**
 * Spreading decisions (seed 004): the strategic level's record of an initiative considered for spreading across
 * organisations, with the checklist, the core-versus-local table, the implementation keys and the decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreading decisions",
        allowedDependencies = { "organisation", "audit", "home", "shared" })
@org.springframework.lang.NonNullApi
package dk.sambo.portal.spreading;
