package dk.sambo.portal.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import dk.sambo.portal.KaribuTest;

/** Issue 16: the plan's dialogs bind their form records and mark every problem at once, in Danish. */
class PlanFormTest extends KaribuTest {

    @Autowired
    PlanService plan;

    @Test
    void the_phase_dialog_marks_a_missing_start_and_a_cpr_number_together_and_changes_nothing() {
        login("strategisk");
        var phase = plan.phases().getFirst();
        navigate("plan");
        _click(_find(Button.class, spec -> spec.withText("Redigér")).getFirst());
        var dialog = _get(Dialog.class);
        var starts = _get(dialog, DatePicker.class, spec -> spec.withLabel("Startdato"));
        var purpose = _get(dialog, TextArea.class, spec -> spec.withLabel("Formål (dansk)"));
        starts.clear();
        purpose.setValue("Eksempel: borger 010285-1234");
        _click(_get(dialog, Button.class, spec -> spec.withText("Gem")));

        assertThat(starts.isInvalid()).isTrue();
        assertThat(starts.getErrorMessage()).isEqualTo("Angiv startdatoen.");
        assertThat(purpose.isInvalid()).isTrue();
        assertThat(purpose.getErrorMessage()).contains("CPR-nummer");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(plan.phases().getFirst().version()).isEqualTo(phase.version());
    }

    @Test
    void an_empty_activity_marks_both_languages_at_once_and_adds_nothing() {
        login("strategisk");
        var before = plan.activities();
        navigate("plan");
        _click(_find(Button.class).stream()
                .filter(b -> "Tilføj aktivitet".equals(b.getAriaLabel().orElse(null))).findFirst().orElseThrow());
        var dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Gem")));

        var textDa = _get(dialog, TextArea.class, spec -> spec.withLabel("Aktivitet (dansk)"));
        var textEn = _get(dialog, TextArea.class, spec -> spec.withLabel("Aktivitet (engelsk)"));
        assertThat(textDa.isInvalid()).isTrue();
        assertThat(textEn.isInvalid()).isTrue();
        assertThat(textDa.getErrorMessage()).isEqualTo("Skriv aktiviteten på både dansk og engelsk.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(plan.activities()).isEqualTo(before);
    }
}
