package dk.sambo.portal.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.KaribuTest;

class FormDialogTest extends KaribuTest {

    @Test
    void a_refused_save_keeps_the_dialog_and_what_was_typed_and_a_save_that_went_through_closes_it() {
        var name = new TextField("Navn");
        var accept = new boolean[1];
        var dialog = new FormDialog(UI.getCurrent(), "Ny enhed", () -> accept[0]);
        dialog.addField(name, true);
        dialog.open();
        name.setValue("Sygeplejen Vejle");

        _click(dialog.saveButton());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(name.getValue()).isEqualTo("Sygeplejen Vejle");

        accept[0] = true;
        _click(dialog.saveButton());
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void the_footer_says_cancel_and_save_in_the_persons_language() {
        var dialog = new FormDialog(UI.getCurrent(), "Ny enhed", () -> true);

        assertThat(dialog.cancelButton().getText()).isEqualTo("Annuller");
        assertThat(dialog.saveButton().getText()).isEqualTo("Gem");
        _click(dialog.cancelButton());
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_confirm_runs_the_action_only_when_confirmed() {
        var ran = new boolean[1];
        var dialog = Confirm.askDestructive(UI.getCurrent(), "Aflys", "Aflys sessionen?", "Aflys", () -> ran[0] = true);

        assertThat(ran[0]).isFalse();
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(dialog, false));
        assertThat(ran[0]).isTrue();
    }
}
