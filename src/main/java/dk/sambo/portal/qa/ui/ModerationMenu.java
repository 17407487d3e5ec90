package dk.sambo.portal.qa.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;

import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.service.Moderation;

/**
 * The moderation menu of one post for culture bearers and administrators: hide with a reason or show again, and
 * redact where the reader may. Moderation can change a question's status, so the whole page is shown again.
 */
final class ModerationMenu extends MenuBar {

    ModerationMenu(Moderation moderation, QuestionPageActions page, PostType type, long postId, boolean hidden,
            boolean redacted, boolean mayRedact) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        var root = addItem(getTranslation("qa.moderate"));
        root.addClassName("qa-moderate");
        var sub = root.getSubMenu();
        if (hidden) {
            sub.addItem(getTranslation("qa.moderate.unhide"),
                    e -> page.act(QuestionPageActions.Part.ALL, () -> moderation.unhide(type, postId)));
        } else {
            sub.addItem(getTranslation("qa.moderate.hide"), e -> new ReasonDialog(getTranslation("qa.hide.title"),
                    getTranslation("qa.hide.explain"), getTranslation("qa.field.hide-reason"),
                    getTranslation("qa.moderate.hide"), 500,
                    reason -> page.act(QuestionPageActions.Part.ALL, () -> moderation.hide(type, postId, reason)))
                    .open());
        }
        if (!redacted && mayRedact) {
            sub.addItem(getTranslation("qa.moderate.redact"), e -> confirmRedact(this, moderation, page, type, postId));
        }
    }

    /** A button for redacting a text that has no menu of its own (the strategic level's decision). */
    static Button redactButton(Moderation moderation, QuestionPageActions page, PostType type, long postId) {
        var button = new Button(VaadinIcon.ERASER.create());
        button.setText(button.getTranslation("qa.moderate.redact"));
        button.addClickListener(e -> confirmRedact(button, moderation, page, type, postId));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return button;
    }

    /** Redaction cannot be undone: the dialog explains that and asks for the reason the service requires. */
    private static void confirmRedact(Component context, Moderation moderation, QuestionPageActions page,
            PostType type, long postId) {
        var dialog = new ReasonDialog(context.getTranslation("qa.redact.title"),
                context.getTranslation("qa.redact.explain"), context.getTranslation("qa.field.redact-reason"),
                context.getTranslation("qa.moderate.redact"), 500,
                reason -> page.act(QuestionPageActions.Part.ALL, () -> moderation.redact(type, postId, reason)));
        dialog.addClassName("qa-redact-dialog");
        dialog.open();
    }
}
