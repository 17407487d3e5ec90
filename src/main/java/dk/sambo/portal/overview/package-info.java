/**
 * The organisation overview for the strategic, management and political levels: participation against
 * Justesen's implementation staircase, culture-bearer coverage, question health and run charts. It keeps its own
 * facts from the questions, training and plan events and reads the organisation tables in its SQL aggregates.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.overview;
