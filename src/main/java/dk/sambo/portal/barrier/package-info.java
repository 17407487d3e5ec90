/**
 * The barrier log (seed 001): barriers found in a culture and barrier analysis, per unit, with the action, owner
 * and due date; summarised per cluster by kind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Barrier log",
        allowedDependencies = { "organisation", "audit", "home", "shared" })
@org.springframework.lang.NonNullApi
package dk.sambo.portal.barrier;
