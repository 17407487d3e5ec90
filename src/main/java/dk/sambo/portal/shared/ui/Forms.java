package dk.sambo.portal.shared.ui;

import java.util.ArrayList;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Forms bind a form bean with Jakarta Bean Validation annotations whose {@code message} is a translation key
 * ({@code @NotBlank(message = "barrier.error.description")}). The binder looks each message up in the reader's
 * language where the rule is checked, with the limit ({@code max}) and, for text, its length as parameters {0} and
 * {1}, and shows every invalid field at once ({@code binder.validate()} marks them all). A validator a form adds by
 * hand passes its message already translated.
 */
public final class Forms {

    private Forms() {
    }

    /** A {@link BeanValidationBinder} for the bean type whose rule messages are translation keys. */
    public static <T> BeanValidationBinder<T> binder(Class<T> beanType) {
        return new TranslatedBinder<>(beanType);
    }

    private static final class TranslatedBinder<T> extends BeanValidationBinder<T> {

        private final Class<T> beanType;

        TranslatedBinder(Class<T> beanType) {
            super(beanType);
            this.beanType = beanType;
        }

        @Override
        protected BindingBuilder<T, ?> configureBinding(BindingBuilder<T, ?> binding,
                PropertyDefinition<T, ?> definition) {
            return binding.withValidator(new Translated(beanType, definition.getTopLevelName()));
        }
    }

    private static final class Translated extends BeanValidator {

        Translated(Class<?> beanType, String propertyName) {
            super(beanType, propertyName);
        }

        @Override
        protected String getMessage(ConstraintViolation<?> violation, Locale locale) {
            var params = new ArrayList<Object>();
            if (violation.getConstraintDescriptor().getAttributes().get("max") instanceof Number max) {
                params.add(max);
            }
            if (violation.getInvalidValue() instanceof CharSequence text) {
                params.add(text.length());
            }
            return I18NProvider.translate(locale, violation.getMessageTemplate(), params.toArray());
        }
    }
}
