/**
 * Doubt questions ("tvivlsspørgsmål"): staff ask, culture bearers answer, nothing is left unanswered unseen,
 * and answers become agreed guidance. Other features learn what happens here from the events at this root.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Doubt questions",
        allowedDependencies = { "organisation", "audit", "notification", "home", "shared" })
@org.springframework.lang.NonNullApi
package dk.sambo.portal.qa;
