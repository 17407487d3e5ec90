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

/** The three run charts (participation, questions asked, median time to a first answer) with Anhøj's verdict. */
class OverviewCharts extends OverviewPart {

    OverviewCharts(Overview o) {
        add(build(o));
    }

    private Component build(Overview o) {
        var section = new Div();
        section.addClassName("overview-section");
        section.add(new H2(getTranslation("overview.charts")));
        var grid = new Div();
        grid.addClassName("overview-charts");
        for (var chart : o.charts()) {
            var box = new Div();
            box.addClassNames("card", "overview-chart-card");
            var rc = new RunChart();
            rc.setData(chart, getTranslation("overview.chart." + chart.key()),
                    getTranslation("overview.chart.value." + chart.key()), getTranslation("overview.chart.median"),
                    getTranslation("overview.chart.few-crossings"),
                    m -> getTranslation("overview.chart.incomplete-month", m.toString()),
                    getTranslation("overview.chart.incomplete-legend"));
            var a = chart.analysis();
            var summary = new Paragraph(getTranslation("overview.chart.summary", a.useful(), a.longestRun(),
                    a.runLimit(), a.crossings(), a.crossingsLimit()));
            summary.addClassName("overview-chart-summary");
            var verdict = new Span(getTranslation(a.longRunSignal() || a.fewCrossingsSignal()
                    ? "overview.chart.signal-found" : "overview.chart.no-signal"));
            verdict.addClassName(a.signal() ? "overview-signal" : "overview-no-signal");
            box.add(rc, verdict, summary);
            if (chart.incomplete() != null) {
                var note = new Paragraph(getTranslation("overview.chart.incomplete-note", chart.incomplete().toString()));
                note.addClassName("overview-chart-incomplete");
                box.add(note);
            }
            box.add(help("overview.help.chart." + chart.key()));
            grid.add(box);
        }
        section.add(grid, help("overview.help.anhoej"));
        return section;
    }
}
