package dk.sambo.portal.shared.privacy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link NoPatientData}: null and empty pass; anything {@link PatientDataGuard} finds fails. */
public class NoPatientDataValidator implements ConstraintValidator<NoPatientData, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || PatientDataGuard.find(value.toString()).isEmpty();
    }
}
