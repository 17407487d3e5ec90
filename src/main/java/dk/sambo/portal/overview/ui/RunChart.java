package dk.sambo.portal.overview.ui;

import java.util.ArrayList;
import java.util.List;

import org.springframework.lang.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import dk.sambo.portal.overview.Overview;

/**
 * A run chart drawn by Chart.js in the browser: the monthly values, the median as a dashed line, and the points
 * of an unusually long run (Anhøj) in red. The web component lives in the top-level frontend/components folder
 * and draws into a canvas in its shadow root; the data arrives as one property and the chart updates in place.
 */
@Tag("overview-run-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./components/overview-run-chart.js")
class RunChart extends Component {

    /**
     * What the browser needs; nulls are months without a value (gaps in the line). {@code incompleteIndex} is the
     * month still running (-1: none): drawn lighter with a dashed line into it, named in the legend by
     * {@code incompleteLegend}.
     */
    record Data(String title, String valueLabel, String medianLabel, List<String> labels, List<Double> values,
            @Nullable Double median, List<Boolean> signal, boolean fewCrossings, String fewCrossingsText,
            int incompleteIndex, String incompleteLegend) {
    }

    private @Nullable Data data;

    RunChart() {
        addClassName("overview-run-chart");
    }

    /**
     * @param incompleteLabel the label of a month still running, from the month ({0})
     * @param incompleteLegend the legend's text for the lighter, dashed month still running
     */
    void setData(Overview.RunChart chart, String title, String valueLabel, String medianLabel,
            String fewCrossingsText, java.util.function.Function<java.time.YearMonth, String> incompleteLabel,
            String incompleteLegend) {
        var labels = new ArrayList<String>();
        chart.months().forEach(m -> labels.add(m.equals(chart.incomplete()) ? incompleteLabel.apply(m)
                : m.toString()));
        var values = new ArrayList<Double>();
        chart.values().forEach(v -> values.add(OverviewExport.round(v)));
        var median = chart.analysis().median();
        this.data = new Data(title, valueLabel, medianLabel, labels, values,
                median == null ? null : OverviewExport.round(median), chart.analysis().inSignalRun(),
                chart.analysis().fewCrossingsSignal(), fewCrossingsText, chart.incomplete() == null ? -1 : chart.months().indexOf(chart.incomplete()),
                incompleteLegend);
        getElement().setPropertyBean("chartData", data);
        getElement().setAttribute("aria-label", title);
    }

    @Nullable
    Data getData() {
        return data;
    }
}
