/**
 * The training calendar and record: cross-sector teaching, practice training, peer coaching, knowledge sharing;
 * sign-up, waitlist, approval, attendance, and culture bearers' log of training given. The overview learns
 * participation from the events at this root.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.training;
