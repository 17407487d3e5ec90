package dk.sambo.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before an action that cannot be undone or that changes other people's day. The cancel button says
 * "Annuller"/"Cancel" and keeps focus; the confirming button names the action, red when it destroys something.
 */
public final class Confirm {

    private Confirm() {
    }

    /** Asks; {@code onConfirm} runs only when the person confirms. Returns the open dialog. */
    public static ConfirmDialog ask(Component context, String header, String text, String confirmText,
            Runnable onConfirm) {
        return open(context, header, text, confirmText, false, onConfirm);
    }

    /** As {@link #ask}, with the confirming button red: for deleting, cancelling or ending something. */
    public static ConfirmDialog askDestructive(Component context, String header, String text, String confirmText,
            Runnable onConfirm) {
        return open(context, header, text, confirmText, true, onConfirm);
    }

    private static ConfirmDialog open(Component context, String header, String text, String confirmText,
            boolean destructive, Runnable onConfirm) {
        var dialog = new ConfirmDialog(header, text, confirmText, e -> onConfirm.run());
        dialog.setConfirmButtonTheme(destructive ? "error primary" : "primary");
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("action.cancel"));
        dialog.open();
        return dialog;
    }
}
