package dk.sambo.portal.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Building blocks for start-page sections, so every feature's cards look the same. */
public final class StartCard {

    private StartCard() {
    }

    /** A card with a heading; {@code kind} is a CSS hook (e.g. "plan", "barriers"). */
    public static Div card(String kind, String heading) {
        var title = new H3(heading);
        title.addClassName("start-card-title");
        var card = new Div(title);
        card.addClassNames("card", "start-card", "start-card-" + kind);
        return card;
    }

    /** A big number with a label: "14 · colleagues with in-depth knowledge". */
    public static Component figure(Object value, String label) {
        var v = new Span(String.valueOf(value));
        v.addClassName("roles-figure-value");
        var l = new Span(label);
        l.addClassName("roles-figure-label");
        var figure = new Div(v, l);
        figure.addClassName("roles-figure");
        return figure;
    }

    /** A count with its label in the count's plural form: the key's text is an ICU plural message over the count. */
    public static Component count(long value, String key) {
        return figure(value, t(key, value));
    }

    public static Div figures(Component... figures) {
        var row = new Div(figures);
        row.addClassName("roles-figures");
        return row;
    }

    public static Paragraph text(String text) {
        var p = new Paragraph(text);
        p.addClassName("start-card-text");
        return p;
    }

    /** A link inside the portal that the router handles (no page reload). */
    public static Anchor link(String path, String text) {
        var anchor = new Anchor(path, text);
        anchor.getElement().setAttribute("router-link", true);
        anchor.addClassName("start-card-link");
        return anchor;
    }

    /**
     * A compact table of a name column and four figure columns, header row first; add each row's five cells
     * (text from {@link #cell}, or links) in order.
     */
    public static Div table(String... headers) {
        var table = new Div();
        table.addClassName("start-table");
        for (var header : headers) {
            var cell = cell(header);
            cell.addClassName("start-table-header");
            table.add(cell);
        }
        return table;
    }

    public static Span cell(String text) {
        return new Span(text);
    }

    public static Span badge(String text, String kind) {
        return dk.sambo.portal.shared.ui.Badge.of("roles-badge", text, kind);
    }

    /** The current UI's language, for dates and topic names. */
    public static java.util.Locale locale() {
        return UI.getCurrent().getLocale();
    }

    /** The translation of {@code key} in the current UI's language. */
    public static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
