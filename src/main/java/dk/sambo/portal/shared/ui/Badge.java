package dk.sambo.portal.shared.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A small label for a state ("Besvaret", "Venteliste"): the text is the state's name, never colour alone, so it
 * reads out and prints the same. The look comes from the feature's stylesheet: {@code block} and
 * {@code block-kind} classes (e.g. {@code qa-badge qa-badge-open}).
 */
public final class Badge {

    private Badge() {
    }

    public static Span of(String block, String text, String kind) {
        var badge = new Span(text);
        badge.addClassNames(block, block + "-" + kind);
        return badge;
    }
}
