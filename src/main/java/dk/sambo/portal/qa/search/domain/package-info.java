/** Internal: the search's synonym list, kept as data. */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.qa.search.domain;
