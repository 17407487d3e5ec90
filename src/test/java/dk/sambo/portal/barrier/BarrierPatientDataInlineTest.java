package dk.sambo.portal.barrier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.UnitSummary;

/**
 * Issue 10: the barrier dialog marks description and action inline when they hold a CPR number, both at once,
 * keeps the dialog open and records nothing.
 */
class BarrierPatientDataInlineTest extends KaribuTest {

    @Autowired
    BarrierLog log;

    @Test
    @SuppressWarnings("unchecked")
    void the_barrier_dialog_marks_description_and_action_and_records_nothing() {
        login("leder");
        var unitIds = log.writableUnits().stream().map(UnitSummary::id).toList();
        int before = log.ofUnits(unitIds).size();
        navigate("barrierer");
        _click(_get(Button.class, spec -> spec.withText("Registrér barriere")));
        var dialog = _get(Dialog.class);
        ComboBox<UnitSummary> unit = _get(dialog, ComboBox.class, spec -> spec.withLabel("Enhed"));
        if (unit.getValue() == null) {
            unit.setValue(log.writableUnits().getFirst());
        }
        Select<BarrierKind> kind = _get(dialog, Select.class, spec -> spec.withLabel("Type"));
        kind.setValue(BarrierKind.PRACTICAL);
        var description = _get(dialog, TextArea.class, spec -> spec.withLabel("Beskrivelse"));
        var action = _get(dialog, TextArea.class, spec -> spec.withLabel("Handling"));
        description.setValue("Borger 010285.1234 fik ikke sin medicin");
        action.setValue("Ring til 01 02 85 1234 i morgen");
        _click(_get(dialog, Button.class, spec -> spec.withText("Gem")));

        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).contains("CPR-nummer").contains("010285.••••");
        assertThat(action.isInvalid()).isTrue();
        assertThat(action.getErrorMessage()).contains("CPR-nummer");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_find(Notification.class)).as("no toast covers the dialog").isEmpty();
        assertThat(log.ofUnits(unitIds)).hasSize(before);

        description.setValue("Medicinlisten fulgte ikke med ved udskrivelsen");
        action.setValue("Aftale med afsnittet");
        assertThat(description.isInvalid()).isFalse();
        assertThat(action.isInvalid()).isFalse();
        _click(_get(dialog, Button.class, spec -> spec.withText("Gem")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(log.ofUnits(unitIds)).hasSize(before + 1);
    }
}
