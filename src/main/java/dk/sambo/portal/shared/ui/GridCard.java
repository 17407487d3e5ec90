package dk.sambo.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One grid row as a small card for a phone ({@link ResponsiveGrid}): a bold first line, then the rest. */
public final class GridCard {

    private GridCard() {
    }

    /** Strings become lines of text (empty ones are left out); components are added as they are. */
    public static Component of(Object title, Object... lines) {
        var card = new Div();
        card.addClassName("grid-card");
        add(card, title, "grid-card-title");
        for (var line : lines) {
            add(card, line, "grid-card-line");
        }
        return card;
    }

    private static void add(Div card, Object part, String className) {
        if (part instanceof Component component) {
            component.getElement().getClassList().add(className);
            card.add(component);
        } else if (part != null && !part.toString().isBlank()) {
            var span = new Span(part.toString());
            span.addClassName(className);
            card.add(span);
        }
    }
}
