package dk.sambo.portal.home;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.PortalPrincipal;
import dk.sambo.portal.shared.i18n.PortalI18NProvider;
import dk.sambo.portal.shared.privacy.NoPatientData;
import dk.sambo.portal.shared.privacy.LogRedaction;
import dk.sambo.portal.shared.privacy.PatientDataException;

/**
 * Danish by default whatever the browser says; a logged-in person's own choice where they made one. Errors in
 * click handlers become a short message in the person's language, never a stack trace.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiSetup.class);

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
        });
    }

    private static final String LANGUAGE_APPLIED = "portal.language-applied";

    private static void show(Throwable error) {
        var ui = UI.getCurrent();
        if (ui == null) {
            LOG.error("Error outside a UI", LogRedaction.redacted(error));
            return;
        }
        var root = rootOf(error);
        String text;
        if (root instanceof PatientDataException cpr) {
            text = ui.getTranslation("privacy.cpr-found", ui.getTranslation(cpr.field()), cpr.finding().masked());
        } else if (root instanceof jakarta.validation.ConstraintViolationException invalid
                && invalid.getConstraintViolations().stream()
                        .anyMatch(v -> NoPatientData.MESSAGE_KEY.equals(v.getMessage()))) {
            // The entity constraint refused a text a service did not check itself (issue 10).
            text = ui.getTranslation(NoPatientData.MESSAGE_KEY);
        } else if (root instanceof AccessDeniedException) {
            text = ui.getTranslation("error.access-denied");
        } else if (root instanceof OptimisticLockingFailureException) {
            text = ui.getTranslation("error.conflict");
        } else if (isTextTooLong(error)) {
            // A field without its own length check: the database refused the value (SQLSTATE 22001, string data
            // right truncation, on HSQLDB and PostgreSQL alike). The person is told, not shown an error id.
            LOG.info("Text too long for its column: {}", LogRedaction.redact(String.valueOf(rootOf(error))));
            text = ui.getTranslation("error.text-too-long");
        } else {
            var errorId = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Error {} in UI", errorId, LogRedaction.redacted(error));
            text = ui.getTranslation("error.notification", errorId);
        }
        var notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static boolean isTextTooLong(Throwable error) {
        for (var t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable t) {
        var current = t;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof PatientDataException) && !(current instanceof AccessDeniedException)
                && !(current instanceof OptimisticLockingFailureException)) {
            current = current.getCause();
        }
        return current;
    }
}
