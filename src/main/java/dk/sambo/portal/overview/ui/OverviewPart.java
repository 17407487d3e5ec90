package dk.sambo.portal.overview.ui;

import java.text.NumberFormat;
import java.util.List;

import org.springframework.lang.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import dk.sambo.portal.overview.Figures;
import dk.sambo.portal.overview.Overview;
import dk.sambo.portal.overview.StaircasePosition;

/**
 * A part of the overview page: what every part shares (a figure's line, the "how is this computed" panel, a card,
 * and the number formats of the viewer's locale).
 */
abstract class OverviewPart extends Div {

    Div card(String titleKey, String helpKey, Component... body) {
        var card = new Div();
        card.addClassNames("card", "overview-card");
        var title = new H2(getTranslation(titleKey));
        card.add(title);
        card.add(body);
        card.add(help(helpKey));
        return card;
    }

    /**
     * A table in a box of its own: wider than the box (a phone), it scrolls inside it, and a line above it and a
     * shadow at the hidden edge say so (CSS, shown only while the grid reports an overflow), so the page itself
     * never scrolls sideways.
     */
    Div scrollBox(Grid<?> grid) {
        var hint = new Paragraph(getTranslation("overview.scroll-hint"));
        hint.addClassName("overview-scroll-hint");
        var box = new Div(hint, grid);
        box.addClassName("overview-scroll");
        return box;
    }

    /** The "how is this computed" panel of a figure. */
    Details help(String helpKey) {
        var text = new Paragraph(getTranslation(helpKey));
        text.addClassName("overview-help-text");
        var details = new Details(getTranslation("overview.how"), text);
        details.addClassName("overview-help");
        return details;
    }

    Component line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("overview-label");
        var v = new Span(value);
        v.addClassName("overview-value");
        var line = new Div(label, v);
        line.addClassName("overview-line");
        return line;
    }

    String count(@Nullable Long value) {
        return value == null ? "–" : NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    String pct(@Nullable Double share) {
        if (share == null) {
            return "–";
        }
        var format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    String decimal(@Nullable Double value) {
        if (value == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
