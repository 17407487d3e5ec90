package dk.sambo.portal.training.ui;

import java.util.ArrayList;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * A {@link BeanValidationBinder} whose Bean Validation messages are translation keys: the message of
 * {@code @Size(max = 200, message = "training.error.too-long")} is looked up in the reader's language with the
 * limit ({@code max}) and, for text, its length as parameters {0} and {1}. Required indicators are set by the form.
 */
class TranslatedBinder<T> extends BeanValidationBinder<T> {

    private final Class<T> beanType;

    TranslatedBinder(Class<T> beanType) {
        super(beanType);
        this.beanType = beanType;
        // The components' own checks (maxLength, min) have no translated message: the bean's rules say the same.
        setDefaultValidatorsEnabled(false);
    }

    @Override
    protected BindingBuilder<T, ?> configureBinding(BindingBuilder<T, ?> binding,
            PropertyDefinition<T, ?> definition) {
        return binding.withValidator(new Translated(beanType, definition.getTopLevelName()));
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
