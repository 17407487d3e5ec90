/**
 * Doubt questions ("tvivlsspørgsmål"): staff ask, culture bearers answer, nothing is left unanswered unseen,
 * and answers become agreed guidance. Other features learn what happens here from the events at this root.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.qa;
