package dk.sambo.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.DefaultBinderValidationErrorHandler;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * Forms bind a form bean with Jakarta Bean Validation annotations whose {@code message} is a translation key
 * ({@code @NotBlank(message = "barrier.error.description")}). The binder shows each message on its field in the
 * person's language, every invalid field at once ({@code binder.validate()} marks them all).
 */
public final class Forms {

    private Forms() {
    }

    /** A {@link BeanValidationBinder} for the bean type whose error messages are translated on the field. */
    public static <T> BeanValidationBinder<T> binder(Class<T> beanType) {
        var binder = new BeanValidationBinder<>(beanType);
        binder.setValidationErrorHandler(new TranslatedErrors());
        return binder;
    }

    /** The default marking (invalid state, message under the field), with the message key translated. */
    private static final class TranslatedErrors extends DefaultBinderValidationErrorHandler {

        @Override
        public void handleError(HasValue<?, ?> field, ValidationResult result) {
            var message = result.getErrorMessage();
            if (field instanceof Component component && isKey(message)) {
                result = ValidationResult.create(component.getTranslation(message), result.getErrorLevel()
                        .orElse(com.vaadin.flow.data.binder.ErrorLevel.ERROR));
            }
            super.handleError(field, result);
        }

        private static boolean isKey(String message) {
            return !message.isBlank() && message.indexOf(' ') < 0 && message.indexOf('.') > 0;
        }
    }
}
