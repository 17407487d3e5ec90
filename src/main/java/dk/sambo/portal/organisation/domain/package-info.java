/**
 * The organisation module's JPA entities and repositories: internal, other modules see clusters, organisations,
 * units, people and topics only as the summary records of {@code dk.sambo.portal.organisation}.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.organisation.domain;
