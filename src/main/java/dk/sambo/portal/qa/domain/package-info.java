/**
 * Internal: the stored doubt questions (questions, answers, comments, revisions, follows, routes, useful marks,
 * redactions, guidance) and their repositories. Only the services of this module use them.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.qa.domain;
