package dk.sambo.portal.overview.ui;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
 * The breakdown table: a row per child node with a drill button where the viewer may open it, and four groups of
 * columns shown one at a time ({@link #GROUPS}), so every figure fits a 1280 px screen.
 */
class OverviewBreakdown extends OverviewPart {

    /**
     * The groups of columns, one shown at a time, each narrow enough for a 1280 px screen (OverviewBrowserIT):
     * participation and the step reached; step 1 and step 2 per target group; the staircase's own measures; culture
     * bearers, questions and the plan.
     */
    static final Map<String, List<String>> GROUPS = groups();

    private static Map<String, List<String>> groups() {
        var groups = new LinkedHashMap<String, List<String>>();
        groups.put("participation", List.of("name", "people", "target", "staircase", "took-part", "recent"));
        groups.put("steps", List.of("name", "people", "target", "step1-in-depth", "step1-overall", "step1-leaders",
                "step2-in-depth", "step2-overall", "step2-leaders"));
        groups.put("stairs", List.of("name", "staircase", "stair-launch", "stair-in-depth", "stair-overall",
                "stair-local", "stair-coverage", "stair-continued"));
        groups.put("questions", List.of("name", "people", "coverage", "per-bearer", "asked", "answered",
                "median-hours", "overdue", "escalated", "plan"));
        return java.util.Collections.unmodifiableMap(groups);
    }

    private final boolean mayDrillDown;
    private final String group;
    private final Consumer<String> onGroup;
    private final Consumer<Overview.Row> onDrill;

    /**
     * @param group the group of columns shown first; {@code onGroup} hears when the viewer picks another
     * @param onDrill opens a drillable row
     */
    OverviewBreakdown(Overview o, boolean mayDrillDown, String group, Consumer<String> onGroup,
            Consumer<Overview.Row> onDrill) {
        this.mayDrillDown = mayDrillDown;
        this.group = group;
        this.onGroup = onGroup;
        this.onDrill = onDrill;
        add(build(o));
    }

    private Component build(Overview o) {
        var section = new Div();
        section.addClassName("overview-section");
        section.add(new H2(getTranslation("overview.breakdown")));
        if (o.rows().isEmpty()) {
            section.add(new Paragraph(getTranslation(mayDrillDown ? "overview.no-rows"
                    : "overview.no-drilldown")));
            return section;
        }
        var grid = new Grid<Overview.Row>();
        // Long Danish headers wrap instead of being cut off ("Målgrup…").
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addClassName("overview-breakdown");
        grid.addComponentColumn(row -> {
            if (!row.drillable()) {
                return new Span(row.name());
            }
            var open = new Button(row.name(), e -> onDrill.accept(row));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.addClassName("overview-drill");
            return open;
        }).setKey("name").setHeader(getTranslation("overview.export.name")).setWidth("11rem").setFlexGrow(1)
                .setFrozen(true);
        grid.addColumn(r -> count(r.figures().people())).setKey("people")
                .setHeader(getTranslation("overview.figure.people"));
        grid.addColumn(r -> count(r.figures().targetGroup())).setKey("target")
                .setHeader(getTranslation("overview.figure.target"));
        grid.addComponentColumn(r -> new StaircaseStep(r.figures().position())).setKey("staircase")
                .setHeader(getTranslation("overview.col.staircase")).setWidth("13rem");
        grid.addColumn(r -> pct(r.figures().participationShare())).setKey("took-part")
                .setHeader(getTranslation("overview.col.took-part"));
        grid.addColumn(r -> pct(r.figures().recentShare())).setKey("recent")
                .setHeader(getTranslation("overview.col.recent"));
        stepColumn(grid, "step1-in-depth", "overview.col.in-depth", f -> f.inDepthStep1(), Figures::inDepth);
        stepColumn(grid, "step1-overall", "overview.col.overall", f -> f.overallStep1(), Figures::overall);
        stepColumn(grid, "step1-leaders", "overview.col.leaders", f -> f.leadersStep1(), Figures::leaders);
        stepColumn(grid, "step2-in-depth", "overview.col.in-depth", f -> f.inDepthStep2(), Figures::inDepth);
        stepColumn(grid, "step2-overall", "overview.col.overall", f -> f.overallStep2(), Figures::overall);
        stepColumn(grid, "step2-leaders", "overview.col.leaders", f -> f.leadersStep2(), Figures::leaders);
        // The staircase's own measures, one column per share (the culture-bearer coverage is in the next group).
        measureColumn(grid, "stair-launch", StaircasePosition.Group.LAUNCH_PASSED_ON);
        measureColumn(grid, "stair-in-depth", StaircasePosition.Group.IN_DEPTH_AND_LINE_MANAGERS);
        measureColumn(grid, "stair-overall", StaircasePosition.Group.OVERALL_STAFF);
        measureColumn(grid, "stair-local", StaircasePosition.Group.LOCAL_TRAINING);
        measureColumn(grid, "stair-coverage", StaircasePosition.Group.BEARER_COVERAGE);
        measureColumn(grid, "stair-continued", StaircasePosition.Group.CONTINUED);
        grid.addColumn(r -> pct(r.figures().bearerCoverage())).setKey("coverage")
                .setHeader(getTranslation("overview.head.bearer-coverage"));
        grid.addColumn(r -> decimal(r.figures().peoplePerBearer())).setKey("per-bearer")
                .setHeader(getTranslation("overview.head.people-per-bearer"));
        grid.addColumn(r -> count(r.figures().asked())).setKey("asked")
                .setHeader(getTranslation("overview.figure.asked"));
        grid.addColumn(r -> count(r.figures().answered())).setKey("answered")
                .setHeader(getTranslation("overview.figure.answered"));
        grid.addColumn(r -> decimal(r.figures().medianHoursToFirstAnswer())).setKey("median-hours")
                .setHeader(getTranslation("overview.head.median-hours"));
        grid.addColumn(r -> count(r.figures().overdue())).setKey("overdue")
                .setHeader(getTranslation("overview.head.overdue"));
        grid.addColumn(r -> count(r.figures().escalated())).setKey("escalated")
                .setHeader(getTranslation("overview.figure.escalated"));
        grid.addColumn(r -> r.figures().planTotal() == null ? "–"
                : getTranslation("overview.of", count(r.figures().planDone()), count(r.figures().planTotal())))
                .setKey("plan").setHeader(getTranslation("overview.figure.plan"));
        // Figures are narrow columns (their headers wrap); each may grow where the screen has room.
        grid.getColumns().stream().filter(c -> c.getWidth() == null || c.getWidth().equals("100px"))
                .forEach(c -> c.setWidth(c.getKey().startsWith("step") ? "6rem" : "5.5rem"));
        var groups = grid.prependHeaderRow();
        groups.join(grid.getColumnByKey("step1-in-depth"), grid.getColumnByKey("step1-overall"),
                grid.getColumnByKey("step1-leaders")).setText(getTranslation("overview.col.step1"));
        groups.join(grid.getColumnByKey("step2-in-depth"), grid.getColumnByKey("step2-overall"),
                grid.getColumnByKey("step2-leaders")).setText(getTranslation("overview.col.step2"));
        grid.setItems(o.rows());
        grid.setAllRowsVisible(true);

        var show = new RadioButtonGroup<String>(getTranslation("overview.breakdown.show"));
        show.addClassName("overview-breakdown-show");
        show.setItems(GROUPS.keySet());
        show.setItemLabelGenerator(k -> getTranslation("overview.breakdown.group." + k));
        show.addValueChangeListener(e -> grid.getColumns()
                .forEach(c -> c.setVisible(GROUPS.get(e.getValue()).contains(c.getKey()))));
        show.setValue(GROUPS.containsKey(group) ? group : "participation");
        show.addValueChangeListener(e -> onGroup.accept(e.getValue()));
        section.add(show);
        section.add(scrollBox(grid), help("overview.help.breakdown"));
        return section;
    }

    /** A share of a target group that took part in step 1 or step 2 teaching. */
    private Grid.Column<Overview.Row> stepColumn(Grid<Overview.Row> grid, String key, String headerKey,
            java.util.function.ToLongFunction<Figures> part, java.util.function.ToLongFunction<Figures> whole) {
        return grid.addColumn(r -> pct(Figures.share(part.applyAsLong(r.figures()), whole.applyAsLong(r.figures()))))
                .setKey(key).setHeader(getTranslation(headerKey));
    }

    /** One share of a step's own measure (StaircasePosition), headed by what it counts. */
    private Grid.Column<Overview.Row> measureColumn(Grid<Overview.Row> grid, String key,
            StaircasePosition.Group group) {
        var header = key.equals("stair-local") ? "overview.head.stair-local" : "overview.col." + key;
        return grid.addColumn(r -> pct(r.figures().position().share(group).value())).setKey(key)
                .setHeader(getTranslation(header));
    }
}
