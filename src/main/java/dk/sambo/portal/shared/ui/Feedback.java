package dk.sambo.portal.shared.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.LogRedaction;
import dk.sambo.portal.shared.privacy.NoPatientData;
import dk.sambo.portal.shared.privacy.PatientDataException;

/**
 * The one way the portal tells a person how an action went: a short success toast, an error toast (one at a time,
 * so errors never pile up over the form), fields marked inline with every broken rule at once, and the same words
 * for an unexpected error wherever it happens. {@link #attempt} runs a service call and turns a
 * {@link RuleViolation} or a refused CPR number into marks and messages; the session's error handler calls
 * {@link #showError(Throwable)} for everything else.
 */
public final class Feedback {

    private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);
    static final int SUCCESS_MS = 4000;
    static final int ERROR_MS = 8000;
    private static final String OPEN_ERROR = "portal.feedback.open-error";
    private static final String MARKED = "data-rule-violation";

    private Feedback() {
    }

    public static void success(String message) {
        Notification.show(message, SUCCESS_MS, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Shows an error; an earlier error toast of the same page is closed first, so only the newest is seen. */
    public static void error(String message) {
        var ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, OPEN_ERROR) instanceof Notification earlier && earlier.isOpened()) {
            earlier.close();
        }
        var notification = Notification.show(message, ERROR_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        if (ui != null) {
            ComponentUtil.setData(ui, OPEN_ERROR, notification);
        }
    }

    /**
     * Runs a service call. A CPR number in one of the fields marks the fields before the service is asked; a broken
     * rule marks every given field with its message and shows it. Returns whether the call went through.
     */
    public static boolean attempt(Component context, Runnable action, HasValidation... fields) {
        if (!PatientDataFields.markAll(fields)) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (PatientDataException e) {
            if (fields.length == 0) {
                error(explain(context, e));
            }
            for (var field : fields) {
                PatientDataFields.mark(field, e);
            }
            return false;
        } catch (RuleViolation e) {
            var message = messages(context, e);
            for (var field : fields) {
                markInvalid(field, message);
            }
            error(message);
            return false;
        }
    }

    /**
     * Runs a service call for a form whose fields are named as the service names them: each broken rule marks its
     * own field, all at once; rules about no named field are shown together in one toast. Marks from an earlier
     * attempt are cleared first. Returns whether the call went through.
     */
    public static boolean attempt(Component context, Runnable action, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(Feedback::clearMark);
        if (!PatientDataFields.markAll(fields.values().toArray(HasValidation[]::new))) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (PatientDataException e) {
            var field = fields.get(e.field());
            if (field != null) {
                PatientDataFields.mark(field, e);
            } else {
                error(explain(context, e));
            }
            return false;
        } catch (RuleViolation e) {
            var unplaced = new LinkedHashMap<String, String>();
            for (var problem : e.problems()) {
                var text = context.getTranslation(problem.messageKey(), problem.paramArray());
                var field = problem.field() == null ? null : fields.get(problem.field());
                if (field != null) {
                    markInvalid(field, text);
                } else {
                    unplaced.put(text, text);
                }
            }
            if (!unplaced.isEmpty()) {
                error(String.join(" ", unplaced.keySet()));
            }
            return false;
        }
    }

    /** The person's words for a failure: a rule, a CPR number, access, a conflict, a too-long text, or an error id. */
    public static String explain(Component context, Throwable error) {
        var root = rootOf(error);
        if (root instanceof RuleViolation rule) {
            return messages(context, rule);
        } else if (root instanceof PatientDataException cpr) {
            return context.getTranslation("privacy.cpr-found", context.getTranslation(cpr.field()),
                    cpr.finding().masked());
        } else if (root instanceof jakarta.validation.ConstraintViolationException invalid
                && invalid.getConstraintViolations().stream()
                        .anyMatch(v -> NoPatientData.MESSAGE_KEY.equals(v.getMessage()))) {
            // The entity constraint refused a text a service did not check itself (issue 10).
            return context.getTranslation(NoPatientData.MESSAGE_KEY);
        } else if (root instanceof AccessDeniedException) {
            return context.getTranslation("error.access-denied");
        } else if (root instanceof OptimisticLockingFailureException) {
            return context.getTranslation("error.conflict");
        } else if (isTextTooLong(error)) {
            // A field without its own length check: the database refused the value (SQLSTATE 22001, string data
            // right truncation, on HSQLDB and PostgreSQL alike). The person is told, not shown an error id.
            LOG.info("Text too long for its column: {}", LogRedaction.redact(String.valueOf(root)));
            return context.getTranslation("error.text-too-long");
        }
        var errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Error {} in UI", errorId, LogRedaction.redacted(error));
        return context.getTranslation("error.notification", errorId);
    }

    /** For the session's error handler: any error that reached it, as a toast in the person's language. */
    public static void showError(Throwable error) {
        var ui = UI.getCurrent();
        if (ui == null) {
            LOG.error("Error outside a UI", LogRedaction.redacted(error));
            return;
        }
        error(explain(ui, error));
    }

    static String messages(Component context, RuleViolation violation) {
        return violation.problems().stream()
                .map(p -> context.getTranslation(p.messageKey(), p.paramArray()))
                .distinct()
                .collect(Collectors.joining(" "));
    }

    private static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        ((Component) field).getElement().setAttribute(MARKED, true);
    }

    private static void clearMark(HasValidation field) {
        var element = ((Component) field).getElement();
        if (element.hasAttribute(MARKED)) {
            element.removeAttribute(MARKED);
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    public static boolean isTextTooLong(Throwable error) {
        for (var t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable t) {
        var current = t;
        while (current.getCause() != null && current.getCause() != current && !(current instanceof RuleViolation)
                && !(current instanceof PatientDataException) && !(current instanceof AccessDeniedException)
                && !(current instanceof OptimisticLockingFailureException)) {
            current = current.getCause();
        }
        return current;
    }
}
