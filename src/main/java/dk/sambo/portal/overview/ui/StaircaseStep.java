package dk.sambo.portal.overview.ui;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.BiFunction;

import org.springframework.lang.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dk.sambo.portal.overview.Staircase;
import dk.sambo.portal.overview.StaircasePosition;

/**
 * The staircase as four steps, the reached ones coloured; beside them the step reached with the share of its own
 * measure that decides it, and under it the next step's measure and how far it is from the lower end of its band.
 * The number beside a step is always that step's own measure, so it can never contradict the step.
 */
class StaircaseStep extends Div {

    private final Staircase step;
    private final String headline;
    private final String next;

    StaircaseStep(StaircasePosition position) {
        this.step = position.reached();
        addClassName("overview-staircase");
        addClassName("reached-" + step.level());
        var steps = new Div();
        steps.addClassName("overview-staircase-steps");
        for (int i = 1; i <= 4; i++) {
            var s = new Div();
            s.addClassName("overview-step");
            s.addClassName("overview-step-" + i);
            if (i <= step.level()) {
                s.addClassName("reached");
            }
            steps.add(s);
        }
        headline = headline(position, this::getTranslation, getLocale());
        next = next(position, this::getTranslation, getLocale());
        var label = new Span(headline);
        label.addClassName("overview-staircase-label");
        var nextLabel = new Span(next);
        nextLabel.addClassName("overview-staircase-next");
        var text = new Div(label, nextLabel);
        text.addClassName("overview-staircase-text");
        add(steps, text);
        getElement().setAttribute("title", headline + " · " + next);
    }

    /** "Trin 2: Kompetenceudvikling · 40 % (mindst 30 %)": the step and its own deciding share. */
    static String headline(StaircasePosition position, BiFunction<String, Object[], String> t, Locale locale) {
        var name = t.apply("overview.stair.name." + position.reached().name(), new Object[0]);
        var measure = position.reachedMeasure();
        if (measure == null || measure.value() == null) {
            return name;
        }
        return t.apply("overview.stair.headline", new Object[] {name, percent(measure.value(), locale),
                measure.step().lowerPercent()});
    }

    /** "Næste: Trin 3: Forandringsledelse 25 %, 15 procentpoint under 40 %", or that the top step is reached. */
    static String next(StaircasePosition position, BiFunction<String, Object[], String> t, Locale locale) {
        var measure = position.next();
        if (measure == null) {
            return t.apply("overview.stair.top", new Object[0]);
        }
        var name = t.apply("overview.stair.name." + measure.step().name(), new Object[0]);
        if (measure.value() == null) {
            return t.apply("overview.stair.next-nothing", new Object[] {name});
        }
        // The next step is the lowest one not met (the steps are cumulative), so it always lacks something.
        return t.apply("overview.stair.next", new Object[] {name, percent(measure.value(), locale),
                points(measure.pointsShort(), locale), measure.step().lowerPercent()});
    }

    static String percent(@Nullable Double share, Locale locale) {
        if (share == null) {
            return "–";
        }
        var format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    static String points(double points, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(points);
    }

    Staircase step() {
        return step;
    }

    String headline() {
        return headline;
    }

    String nextText() {
        return next;
    }
}
