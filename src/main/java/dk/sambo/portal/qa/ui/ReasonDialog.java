package dk.sambo.portal.qa.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dk.sambo.portal.shared.ui.PatientDataFields;

/**
 * Asks for a reason (reopening, hiding, lifting as a general question) and hands it to an action that returns
 * whether it went through; the dialog stays open with the text if it did not.
 */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();

    ReasonDialog(String title, String explanation, String label, String confirm, int maxLength,
            Predicate<String> action) {
        setHeaderTitle(title);
        setWidth("36rem");
        addClassName("qa-reason-dialog");
        reason.setLabel(label);
        reason.setWidthFull();
        reason.setMinHeight("7rem");
        reason.setMaxLength(maxLength);
        reason.setRequired(true);
        add(new Paragraph(explanation), reason);
        var ok = new Button(confirm, e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("qa.error.required.reason"));
                reason.setInvalid(true);
                return;
            }
            if (!PatientDataFields.markAll(reason)) {
                return;
            }
            if (action.test(reason.getValue())) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
