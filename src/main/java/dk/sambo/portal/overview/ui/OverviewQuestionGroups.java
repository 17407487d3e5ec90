package dk.sambo.portal.overview.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

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

/** The node's questions in the period by topic and by sector. */
class OverviewQuestionGroups extends OverviewPart {

    private final Map<String, String> topicNames;

    OverviewQuestionGroups(Overview o, Map<String, String> topicNames) {
        this.topicNames = topicNames;
        add(build(o));
    }

    private Component build(Overview o) {
        var section = new Div();
        section.addClassName("overview-section");
        section.add(new H2(getTranslation("overview.questions.by-topic")),
                groupGrid(o.byTopic(), k -> topicNames.getOrDefault(k, k)),
                new H2(getTranslation("overview.questions.by-sector")),
                groupGrid(o.bySector(), k -> getTranslation("overview.sector." + k)),
                help("overview.help.questions"));
        return section;
    }

    private Component groupGrid(List<Overview.QuestionGroup> groups, java.util.function.Function<String, String> name) {
        if (groups.isEmpty()) {
            return new Paragraph(getTranslation("overview.questions.none"));
        }
        var grid = new Grid<Overview.QuestionGroup>();
        // Long Danish headers wrap instead of being cut off ("Målgrup…").
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(g -> name.apply(g.key())).setHeader(getTranslation("overview.questions.group"))
                .setFlexGrow(1);
        grid.addColumn(g -> count(g.asked())).setHeader(getTranslation("overview.figure.asked"));
        grid.addColumn(g -> count(g.answered())).setHeader(getTranslation("overview.figure.answered"));
        grid.addColumn(g -> decimal(g.medianHoursToFirstAnswer()))
                .setHeader(getTranslation("overview.figure.median-hours"));
        grid.addColumn(g -> count(g.overdue())).setHeader(getTranslation("overview.figure.overdue"));
        grid.addColumn(g -> count(g.escalated())).setHeader(getTranslation("overview.figure.escalated"));
        grid.setItems(groups);
        grid.setAllRowsVisible(true);
        return scrollBox(grid);
    }
}
