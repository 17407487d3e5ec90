package dk.sambo.portal.shared.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * A dialog holding a form with "Annuller" and "Gem" (or another verb) in its footer. Saving runs the given
 * action; the dialog closes only when it says the save went through, so a refused save keeps what was typed
 * and its marked fields. Forms are one column on a phone and two from 500 px.
 */
public class FormDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Button save;
    private final Button cancel;

    /** {@code onSave} returns true when saved (then the dialog closes), false to keep it open. */
    public FormDialog(Component context, String title, String saveText, BooleanSupplier onSave) {
        setHeaderTitle(title);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        cancel = new Button(context.getTranslation("action.cancel"), e -> close());
        save = new Button(saveText, e -> {
            if (onSave.getAsBoolean()) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        setCloseOnOutsideClick(false);
    }

    /** With the footer button saying "Gem". */
    public FormDialog(Component context, String title, BooleanSupplier onSave) {
        this(context, title, context.getTranslation("action.save"), onSave);
    }

    /** Adds fields to the form; a field given {@code fullWidth} spans both columns. */
    public FormDialog addField(Component field, boolean fullWidth) {
        form.add(field);
        if (fullWidth) {
            form.setColspan(field, 2);
        }
        return this;
    }

    public FormDialog addFields(Component... fields) {
        form.add(fields);
        return this;
    }

    public FormLayout form() {
        return form;
    }

    public Button saveButton() {
        return save;
    }

    public Button cancelButton() {
        return cancel;
    }
}
