package dk.sambo.portal.shared.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

import dk.sambo.portal.shared.i18n.PortalI18NProvider;

/**
 * A button that switches between Danish and English. The choice holds for the session; a logged-in person's
 * choice is also remembered through {@code onChange}. The page reloads so every text follows.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        this(locale -> { });
    }

    public LanguageSwitch(Consumer<Locale> onChange) {
        var target = isEnglish() ? PortalI18NProvider.DANISH : PortalI18NProvider.ENGLISH;
        // Each language names itself, so a person who cannot read the current one still finds theirs.
        setText(isEnglish() ? "Dansk" : "English");
        getElement().setAttribute("lang", target.getLanguage());
        addClassName("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            onChange.accept(target);
            switchTo(target);
        });
    }

    private static boolean isEnglish() {
        var ui = UI.getCurrent();
        return ui != null && "en".equals(ui.getLocale().getLanguage());
    }

    public static void switchTo(Locale locale) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(locale);
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(locale);
            PageFocus.documentLanguage(ui, locale);
            ui.getPage().reload();
        }
    }
}
