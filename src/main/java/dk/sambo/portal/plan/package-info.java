/**
 * The implementation plan of seed 000 as data (phases, target groups, activities) and each organisation's
 * progress through it. The overview learns progress from {@link dk.sambo.portal.plan.PlanActivityStatusChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Implementation plan",
        allowedDependencies = { "organisation", "audit", "home", "shared" })
@org.springframework.lang.NonNullApi
package dk.sambo.portal.plan;
