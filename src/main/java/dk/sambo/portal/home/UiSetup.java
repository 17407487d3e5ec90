package dk.sambo.portal.home;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.PortalPrincipal;
import dk.sambo.portal.shared.i18n.PortalI18NProvider;
import dk.sambo.portal.shared.ui.AriaRepairs;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.PageFocus;

/**
 * Danish by default whatever the browser says; a logged-in person's own choice where they made one. Errors in
 * click handlers become a short message in the person's language, never a stack trace.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private final PersonAccounts accounts;

    UiSetup(PersonAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> {
            e.getSession().setLocale(PortalI18NProvider.DANISH);
            e.getSession().setErrorHandler(error -> show(error.getThrowable()));
        });
        event.getSource().addUIInitListener(e -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal
                    && e.getUI().getSession().getAttribute(LANGUAGE_APPLIED) == null) {
                accounts.byId(principal.personId()).ifPresent(account -> {
                    var locale = "en".equals(account.preferredLanguage()) ? PortalI18NProvider.ENGLISH
                            : PortalI18NProvider.DANISH;
                    e.getUI().getSession().setLocale(locale);
                    e.getUI().getSession().setAttribute(LANGUAGE_APPLIED, Boolean.TRUE);
                    e.getUI().setLocale(locale);
                });
            }
            // <html lang> follows the person's language on every page (WCAG 3.1.1); a switch reloads the page.
            PageFocus.documentLanguage(e.getUI(), e.getUI().getLocale());
            PageFocus.keepFocusOnThePage(e.getUI());
            AriaRepairs.install(e.getUI());
        });
        event.addIndexHtmlRequestListener(response -> {
            var session = VaadinSession.getCurrent();
            var locale = session == null || session.getLocale() == null ? PortalI18NProvider.DANISH
                    : session.getLocale();
            response.getDocument().getElementsByTag("html").attr("lang", locale.getLanguage());
        });
    }

    private static final String LANGUAGE_APPLIED = "portal.language-applied";

    private static void show(Throwable error) {
        // One handler for the whole portal: the same words as a failed attempt in a form (shared.ui.Feedback).
        Feedback.showError(error);
    }
}
