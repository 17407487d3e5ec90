package dk.sambo.portal.qa.service;

/**
 * Something on a question's page changed that the module's root events do not announce: a comment, an edit, an
 * acceptance taken back, a useful mark, a moderated answer or comment. Open pages of the question show it by push;
 * inside the module only (other features hear the root events).
 */
public record QuestionPageChanged(long questionId) {
}
