package dk.sambo.portal.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.PortalTest;
import dk.sambo.portal.shared.i18n.PortalI18NProvider;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * Issue 10: the {@link NoPatientData} constraint runs when Hibernate writes a row, on insert and on update, even
 * where no service called the guard; its message is a translation key with a Danish text.
 */
@PortalTest
class NoPatientDataOnPersistTest {

    @Autowired MaterialRepository materials;
    @Autowired TransactionTemplate tx;
    @Autowired PortalI18NProvider i18n;

    @Test
    void an_entity_with_a_cpr_number_in_a_text_attribute_is_refused_on_insert() {
        long before = materials.count();
        var refused = catchThrowable(() -> tx.executeWithoutResult(status -> materials.saveAndFlush(
                new Material("Borger 01.02.85-1234", null, Audience.EVERYONE, false, Instant.EPOCH))));
        assertViolation(refused, "title");
        assertThat(materials.count()).isEqualTo(before);
    }

    @Test
    void an_entity_changed_to_hold_a_cpr_number_is_refused_on_update() {
        long id = tx.execute(status -> materials.saveAndFlush(
                new Material("Vejledning", "Uden numre", Audience.EVERYONE, false, Instant.EPOCH)).id());
        var refused = catchThrowable(() -> tx.executeWithoutResult(status -> {
            var material = materials.findById(id).orElseThrow();
            ReflectionTestUtils.setField(material, "description", "Se ０１０２８５－１２３４");
            materials.flush();
        }));
        assertViolation(refused, "description");
        assertThat(materials.findById(id).orElseThrow().description()).isEqualTo("Uden numre");
    }

    @Test
    void the_message_is_danish_from_the_translation_files() {
        assertThat(i18n.getTranslation(NoPatientData.MESSAGE_KEY, PortalI18NProvider.DANISH))
                .contains("CPR-nummer").contains("Intet er gemt");
        assertThat(i18n.getTranslation(NoPatientData.MESSAGE_KEY, Locale.ENGLISH)).contains("CPR number");
    }

    private static void assertViolation(Throwable refused, String property) {
        var cause = refused;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a ConstraintViolationException in " + refused).isNotNull();
        assertThat(((ConstraintViolationException) cause).getConstraintViolations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.getMessage()).isEqualTo(NoPatientData.MESSAGE_KEY);
                    assertThat(v.getPropertyPath().toString()).isEqualTo(property);
                });
    }
}
