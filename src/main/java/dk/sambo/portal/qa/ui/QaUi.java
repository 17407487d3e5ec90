package dk.sambo.portal.qa.ui;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.QaRuleException;
import dk.sambo.portal.qa.QuestionStatus;
import dk.sambo.portal.shared.privacy.PatientDataException;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.shared.ui.PatientDataFields;

/** Small things every doubt-question screen shares: badges, dates, topic names, and friendly error messages. */
final class QaUi {

    /** Under /assets/, which the security set-up serves to everyone like the other static styles. */
    static final String STYLESHEET = "assets/qa.css";
    static final String QUESTION_ROUTE = "spoergsmaal";
    /** Cards are tall: a screen shows about six, so the lists fetch 20 at a time. */
    static final int PAGE_SIZE = 20;

    private QaUi() {
    }

    static String questionLink(long id) {
        return QUESTION_ROUTE + "/" + id;
    }

    static Span badge(String text, String kind) {
        var badge = new Span(text);
        badge.addClassNames("qa-badge", "qa-badge-" + kind);
        return badge;
    }

    static Span statusBadge(Component context, QuestionStatus status) {
        return badge(context.getTranslation("qa.status." + status.name()), status.name().toLowerCase());
    }

    static String dateTime(Component context, Instant instant) {
        return Formats.dateTime(instant, locale(context));
    }

    static java.util.Locale locale(Component context) {
        var ui = context.getUI().orElse(UI.getCurrent());
        return ui != null ? ui.getLocale() : java.util.Locale.of("da");
    }

    static Map<String, TopicSummary> topics(TopicService topics) {
        return topics.all().stream().collect(Collectors.toMap(TopicSummary::code, Function.identity()));
    }

    static String topicName(Component context, Map<String, TopicSummary> topics, String code) {
        var topic = topics.get(code);
        return topic == null ? code : topic.name(locale(context));
    }

    /**
     * Runs a service call; a broken rule or a CPR number becomes a message instead of an error page. Returns
     * whether it went through. The field, if given, is marked with the message.
     */
    static boolean attempt(Component context, Runnable action, HasValidation... fields) {
        // Every field with a CPR number is marked inline at once, before the service is asked (issue 10).
        if (!PatientDataFields.markAll(fields)) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (PatientDataException e) {
            var message = context.getTranslation("privacy.cpr-found", context.getTranslation(e.field()),
                    e.finding().masked());
            if (fields.length == 0) {
                error(message);
                return false;
            }
            // The service found it where the form could not tell which field: mark the fields, no toast over them.
            for (var field : fields) {
                PatientDataFields.mark(field, e);
            }
            return false;
        } catch (QaRuleException e) {
            var message = context.getTranslation(e.messageKey());
            for (var field : fields) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            error(message);
            return false;
        }
    }

    static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
