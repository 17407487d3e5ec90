package dk.sambo.portal.qa.ui;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.shared.text.SafeMarkdown;
import dk.sambo.portal.shared.ui.Formats;

/** Small things every doubt-question screen shares: badges, dates, topic names, quiet buttons and post texts. */
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
        return dk.sambo.portal.shared.ui.Badge.of("qa-badge", text, kind);
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

    /** A quiet button: for the actions under a post. */
    static Button tertiary(String key, VaadinIcon icon, ComponentEventListener<ClickEvent<Button>> click) {
        var button = new Button(icon.create(), click);
        button.setText(button.getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** A post's or comment's text, line breaks kept by the style. */
    static Paragraph text(String text) {
        var p = new Paragraph(text);
        p.addClassName("qa-text");
        return p;
    }

    /**
     * An answer's, comment's or guidance's text: Markdown rendered and sanitised ({@link SafeMarkdown}), in one
     * block that Vaadin's {@link Html} puts in the page as it is (nothing in it can run).
     */
    static Html markdown(String text) {
        return new Html("<div class=\"qa-text qa-markdown\">" + SafeMarkdown.toHtml(text) + "</div>");
    }

    /** A notice in a post (hidden, redacted). */
    static Div notice(String text) {
        var notice = new Div(new Span(text));
        notice.addClassName("qa-notice");
        return notice;
    }
}
