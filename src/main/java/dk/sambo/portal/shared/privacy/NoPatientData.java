package dk.sambo.portal.shared.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The text must not hold a CPR number ({@link PatientDataGuard}). On every free-text attribute of every entity, so
 * Hibernate Validator refuses the row on insert and update even where a service forgot to call the guard
 * ({@code EntityTextsCarryNoPatientDataTest} fails on an entity's {@code String} attribute without it). For
 * element collections annotate the element type: {@code Set<@NoPatientData String> tags}.
 *
 * <p>The message is the translation key {@value #MESSAGE_KEY}; the UI shows it in the person's language.
 */
@Documented
@Constraint(validatedBy = NoPatientDataValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoPatientData {

    String MESSAGE_KEY = "privacy.cpr-stored";

    String message() default MESSAGE_KEY;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
