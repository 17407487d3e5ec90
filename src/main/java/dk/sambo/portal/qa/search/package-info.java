/**
 * Internal: Danish full-text search over the questions (Lucene on one node, OpenSearch on several), its
 * analysers, and keeping the index equal to the database.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.qa.search;
