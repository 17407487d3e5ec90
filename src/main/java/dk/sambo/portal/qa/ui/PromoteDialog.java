package dk.sambo.portal.qa.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import dk.sambo.portal.qa.service.GuidanceDraft;

/** Promotes a resolved question to agreed guidance. */
class PromoteDialog extends Dialog {

    PromoteDialog(GuidanceForm form, GuidanceDraft proposal, Predicate<GuidanceDraft> promote) {
        setHeaderTitle(getTranslation("qa.promote.title"));
        setWidth("48rem");
        form.show(proposal);
        add(new Paragraph(getTranslation("qa.promote.explain")), form);
        var ok = new Button(getTranslation("qa.promote.confirm"), e -> {
            if (form.draft().filter(promote).isPresent()) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
