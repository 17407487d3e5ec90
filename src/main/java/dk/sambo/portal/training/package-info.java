/**
 * The training calendar and record: cross-sector teaching, practice training, peer coaching, knowledge sharing;
 * sign-up, waitlist, approval, attendance, and culture bearers' log of training given. The module's API is the four
 * past-tense events at this root, from which the overview learns participation; the rest is internal:
 * {@code domain} (entities, repositories and the use-case services) and {@code ui} (views and start sections).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
        allowedDependencies = { "organisation", "audit", "notification", "home", "shared" })
@org.springframework.lang.NonNullApi
package dk.sambo.portal.training;
