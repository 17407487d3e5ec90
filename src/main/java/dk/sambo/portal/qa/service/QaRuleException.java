package dk.sambo.portal.qa.service;

/**
 * A request that breaks a rule of the doubt-question flow (accepting on an open question, promoting an
 * unresolved one, an empty reason). The message is a translation key the views show as it is.
 */
public class QaRuleException extends IllegalStateException {

    public QaRuleException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
