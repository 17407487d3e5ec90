package dk.sambo.portal.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

import dk.sambo.portal.shared.privacy.PatientDataException;
import dk.sambo.portal.shared.privacy.PatientDataGuard;

/**
 * Marks the fields of a form that hold a CPR number, inline, all at once: each offending field gets its invalid
 * state and the message with the number's last four digits hidden, so nothing covers the field and the person sees
 * every field to fix, not only the first. The services check again ({@link PatientDataGuard}); this is what the
 * person sees before that.
 */
public final class PatientDataFields {

    private static final String LISTENING = "portal.patient-data-listening";

    private PatientDataFields() {
    }

    /**
     * Checks every field's text; marks each one holding a CPR number as invalid with the message and clears the
     * mark of the others it set earlier. True when none holds one. Fields must be text fields ({@link HasValue} of
     * {@code String} and {@link HasValidation}).
     */
    public static boolean markAll(HasValidation... fields) {
        boolean clean = true;
        for (var field : fields) {
            if (field == null) {
                continue;
            }
            var value = ((HasValue<?, ?>) field).getValue();
            Optional<PatientDataGuard.Finding> finding = value instanceof String text ? PatientDataGuard.find(text)
                    : Optional.empty();
            if (finding.isPresent()) {
                clean = false;
                mark(field, finding.get());
            } else if (isMarkedByUs(field)) {
                field.setInvalid(false);
                field.setErrorMessage(null);
                ((Component) field).getElement().removeAttribute("data-patient-data");
            }
        }
        return clean;
    }

    /** Marks the field named by a refusal from a service (when the form could not tell before). */
    public static void mark(HasValidation field, PatientDataException refusal) {
        mark(field, refusal.finding());
    }

    private static void mark(HasValidation field, PatientDataGuard.Finding finding) {
        var component = (Component) field;
        field.setErrorMessage(component.getTranslation("privacy.cpr-field", finding.masked()));
        field.setInvalid(true);
        component.getElement().setAttribute("data-patient-data", true);
        // Once per field: when the person edits a marked field, check it again (the mark goes when the number does).
        if (ComponentUtil.getData(component, LISTENING) == null) {
            ComponentUtil.setData(component, LISTENING, Boolean.TRUE);
            ((HasValue<?, ?>) field).addValueChangeListener(e -> {
                if (isMarkedByUs(field)) {
                    markAll(field);
                }
            });
        }
    }

    private static boolean isMarkedByUs(HasValidation field) {
        return ((Component) field).getElement().hasAttribute("data-patient-data");
    }
}
