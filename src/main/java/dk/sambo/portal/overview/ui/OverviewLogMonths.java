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

/** The training log of the period month by month: entries, head count and minutes. */
class OverviewLogMonths extends OverviewPart {

    OverviewLogMonths(Overview o) {
        add(build(o));
    }

    private Component build(Overview o) {
        var section = new Div();
        section.addClassName("overview-section");
        section.add(new H2(getTranslation("overview.training.log-per-month")));
        var months = o.training().logEntries();
        if (months.isEmpty()) {
            section.add(new Paragraph(getTranslation("overview.training.none")));
        } else {
            var grid = new Grid<Overview.LogMonth>();
            // Long Danish headers wrap instead of being cut off ("Målgrup…").
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.addColumn(m -> m.month().toString()).setHeader(getTranslation("overview.month"));
            grid.addColumn(m -> count(m.entries())).setHeader(getTranslation("overview.training.entries"));
            grid.addColumn(m -> count(m.headCount())).setHeader(getTranslation("overview.training.head-count"));
            grid.addColumn(m -> count(m.minutes())).setHeader(getTranslation("overview.training.minutes"));
            grid.setItems(months);
            grid.setAllRowsVisible(true);
            section.add(scrollBox(grid));
        }
        section.add(help("overview.help.training"));
        return section;
    }
}
