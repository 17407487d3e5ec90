package dk.sambo.portal.overview.ui;

import org.springframework.lang.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dk.sambo.portal.overview.Staircase;

/** The staircase as four steps, the reached ones coloured, with the step's name and the share beside it. */
class StaircaseStep extends Div {

    private final Staircase step;

    StaircaseStep(Staircase step, @Nullable Double share) {
        this.step = step;
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
        var percent = java.text.NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        var label = new Span(getTranslation("overview.step." + step.name()) + (share == null ? ""
                : " · " + percent.format(share)));
        label.addClassName("overview-staircase-label");
        add(steps, label);
        getElement().setAttribute("title", getTranslation("overview.step." + step.name()));
    }

    Staircase step() {
        return step;
    }
}
