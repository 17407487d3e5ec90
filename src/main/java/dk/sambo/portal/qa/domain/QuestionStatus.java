package dk.sambo.portal.qa.domain;

/** Open until answered; answered until an answer is accepted; resolved until reopened with a reason. */
public enum QuestionStatus {
    OPEN, ANSWERED, RESOLVED
}
