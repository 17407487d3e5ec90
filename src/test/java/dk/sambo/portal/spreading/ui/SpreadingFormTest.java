package dk.sambo.portal.spreading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.spreading.SpreadingDecisions;

/** Issue 16: the spreading form binds the command record and marks a missing title and a CPR number at once. */
class SpreadingFormTest extends KaribuTest {

    @Autowired
    SpreadingDecisions decisions;

    @Test
    void a_new_decision_without_title_and_with_a_cpr_number_is_marked_at_once_and_not_saved() {
        login("strategisk");
        int before = decisions.visible().size();
        navigate("spredning/ny");
        var gains = _get(TextArea.class, spec -> spec.withLabel("Gevinster"));
        gains.setValue("Færre genindlæggelser, fx borger 010285-1234");
        _click(_get(Button.class, spec -> spec.withClasses("spreading-save")));

        var title = _get(TextField.class, spec -> spec.withLabel("Initiativ"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Skriv initiativets navn.");
        assertThat(gains.isInvalid()).isTrue();
        assertThat(gains.getErrorMessage()).contains("CPR-nummer");
        assertThat(decisions.visible()).hasSize(before);
    }
}
