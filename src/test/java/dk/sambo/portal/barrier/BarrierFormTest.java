package dk.sambo.portal.barrier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.UnitSummary;

/** Issue 16: the barrier form shows every missing field at once, in Danish, and records nothing. */
class BarrierFormTest extends KaribuTest {

    @Autowired
    BarrierLog log;

    @Test
    @SuppressWarnings("unchecked")
    void an_empty_barrier_form_marks_unit_kind_and_description_at_once_and_records_nothing() {
        login("leder");
        var unitIds = log.writableUnits().stream().map(UnitSummary::id).toList();
        int before = log.ofUnits(unitIds).size();
        navigate("barrierer");
        _click(_get(Button.class, spec -> spec.withText("Registrér barriere")));
        var dialog = _get(Dialog.class);
        ComboBox<UnitSummary> unit = _get(dialog, ComboBox.class, spec -> spec.withLabel("Enhed"));
        unit.clear();
        _click(_get(dialog, Button.class, spec -> spec.withText("Gem")));

        Select<BarrierKind> kind = _get(dialog, Select.class, spec -> spec.withLabel("Type"));
        var description = _get(dialog, TextArea.class, spec -> spec.withLabel("Beskrivelse"));
        assertThat(unit.isInvalid()).isTrue();
        assertThat(unit.getErrorMessage()).isEqualTo("Vælg enheden.");
        assertThat(kind.isInvalid()).isTrue();
        assertThat(kind.getErrorMessage()).isEqualTo("Vælg typen af barriere.");
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("Beskriv barrieren.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(log.ofUnits(unitIds)).hasSize(before);
    }
}
