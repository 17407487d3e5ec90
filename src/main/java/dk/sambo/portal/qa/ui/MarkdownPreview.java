package dk.sambo.portal.qa.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A preview beside a text area that takes Markdown (answers, comments, guidance): a toggle button shows the text as
 * readers will see it ({@link QaUi#markdown}, sanitised like the posted text) under the field, and follows the
 * field while it is shown. The field keeps what is typed; the preview never changes it. A button, not tabs: the
 * field stays in the page (and in the keyboard order) while the preview is open.
 */
final class MarkdownPreview extends Div {

    private final TextArea field;
    private final Div shown = new Div();
    private final Button toggle;

    MarkdownPreview(TextArea field) {
        this.field = field;
        addClassName("qa-markdown-preview");
        toggle = new Button(getTranslation("qa.markdown.preview"), VaadinIcon.EYE.create(), e -> toggle());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("qa-markdown-toggle");
        toggle.getElement().setAttribute("aria-expanded", "false");
        shown.addClassName("qa-markdown-shown");
        shown.getElement().setAttribute("role", "region");
        shown.getElement().setAttribute("aria-label", getTranslation("qa.markdown.preview-label"));
        shown.setVisible(false);
        field.addValueChangeListener(e -> {
            if (shown.isVisible()) {
                render();
            }
        });
        add(toggle, shown);
    }

    /** The field's helper text: what the field takes. */
    static void explain(TextArea field) {
        var before = field.getHelperText();
        var help = field.getTranslation("qa.markdown.help");
        field.setHelperText(before == null || before.isBlank() ? help : before + " " + help);
    }

    private void toggle() {
        boolean show = !shown.isVisible();
        shown.setVisible(show);
        toggle.setText(getTranslation(show ? "qa.markdown.hide" : "qa.markdown.preview"));
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(show));
        if (show) {
            render();
        }
    }

    private void render() {
        shown.removeAll();
        if (field.getValue().isBlank()) {
            var empty = new Div();
            empty.setText(getTranslation("qa.markdown.empty"));
            empty.addClassName("qa-muted");
            shown.add(empty);
        } else {
            shown.add(QaUi.markdown(field.getValue()));
        }
    }
}
