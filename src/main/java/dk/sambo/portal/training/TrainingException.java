package dk.sambo.portal.training;

import java.util.Arrays;

/**
 * Input or a state the training calendar refuses, with a translation key (and its parameters) that says why in
 * the reader's language. Nothing was saved. {@code field} names the form field it is about, or null.
 */
public class TrainingException extends IllegalArgumentException {

    private final String messageKey;
    private final String field;
    private final transient Object[] params;

    public TrainingException(String field, String messageKey, Object... params) {
        super(messageKey + (params.length == 0 ? "" : " " + Arrays.toString(params)));
        this.field = field;
        this.messageKey = messageKey;
        this.params = params;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the message belongs to; empty for the form as a whole. */
    public String field() {
        return field;
    }

    public Object[] params() {
        return params.clone();
    }
}
