/**
 * Internal: the doubt-question services by use case (asking, editing, answering, resolving, the question page's
 * read model, lists, moderation, general questions, guidance, follows) and the records the screens show.
 * Every service checks access itself; the screens in {@code qa.ui} are not the gate.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.qa.service;
