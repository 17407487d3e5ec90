/**
 * The shell every page sits in (navigation filtered by access, the person in the header, language, logout),
 * the start page each person lands on, and friendly error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell and start pages",
        allowedDependencies = { "organisation", "shared" })
@org.springframework.lang.NonNullApi
package dk.sambo.portal.home;
