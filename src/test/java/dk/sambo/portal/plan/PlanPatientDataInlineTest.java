package dk.sambo.portal.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.KaribuTest;

/**
 * Issue 10: the plan's phase and activity dialogs mark every text with a CPR number inline, keep the dialog open
 * and change nothing.
 */
class PlanPatientDataInlineTest extends KaribuTest {

    @Autowired
    PlanService plan;

    @Test
    void the_phase_dialog_marks_purpose_and_timing_and_changes_nothing() {
        login("strategisk");
        var phase = plan.phases().getFirst();
        navigate("plan");
        _click(_find(Button.class, spec -> spec.withText("Redigér")).getFirst());
        var dialog = _get(Dialog.class);
        var purpose = _get(dialog, TextArea.class, spec -> spec.withLabel("Formål (dansk)"));
        var timing = _get(dialog, TextField.class, spec -> spec.withLabel("Tidspunkt (dansk)"));
        purpose.setValue("Eksempel: borger 010285-1234");
        timing.setValue("Uge 01.02.85.1234");
        _click(_get(dialog, Button.class, spec -> spec.withText("Gem")));

        assertThat(purpose.isInvalid()).isTrue();
        assertThat(purpose.getErrorMessage()).contains("CPR-nummer");
        assertThat(timing.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_find(Notification.class)).as("no toast covers the dialog").isEmpty();
        var after = plan.phases().getFirst();
        assertThat(after.purposeDa()).isEqualTo(phase.purposeDa());
        assertThat(after.version()).isEqualTo(phase.version());
    }

    @Test
    void the_activity_dialog_marks_text_and_checkpoint_and_changes_nothing() {
        login("strategisk");
        var before = plan.activities();
        navigate("plan");
        var edit = _find(Button.class).stream()
                .filter(b -> "Redigér".equals(b.getAriaLabel().orElse(null)) && b.getText().isEmpty()).findFirst()
                .orElseThrow();
        _click(edit);
        var dialog = _get(Dialog.class);
        var text = _get(dialog, TextArea.class, spec -> spec.withLabel("Aktivitet (dansk)"));
        var checkpoint = _get(dialog, TextField.class,
                spec -> spec.withLabel("Afkrydsningspunkt for organisationerne (dansk)"));
        text.setValue("Undervis med journalen for 0 1 0 2 8 5 1 2 3 4");
        checkpoint.setValue("Tjek 010285_1234");
        _click(_get(dialog, Button.class, spec -> spec.withText("Gem")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).contains("CPR-nummer");
        assertThat(checkpoint.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(plan.activities()).isEqualTo(before);
    }
}
