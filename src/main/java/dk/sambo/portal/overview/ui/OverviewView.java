package dk.sambo.portal.overview.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.overview.Area;
import dk.sambo.portal.overview.Figures;
import dk.sambo.portal.overview.Overview;
import dk.sambo.portal.overview.OverviewService;
import dk.sambo.portal.overview.Period;
import dk.sambo.portal.overview.StaircasePosition;

/**
 * "Overblik": where each cluster, organisation and unit stands against the staircase, and whether it is moving.
 * Drill down by opening a row; the breadcrumb leads back. Every figure has a "how is this computed" panel.
 */
@Route(OverviewView.ROUTE)
@RolesAllowed({"STRATEGIC", "SENIOR_MANAGER", "LINE_MANAGER", "POLITICAL"})
@Menu(order = 40, title = "overview.nav", icon = "vaadin:chart")
@StyleSheet("./assets/overview.css")
class OverviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "overblik";
    static final String AREA_PARAMETER = "omraade";

    private final OverviewService service;
    private final Map<String, String> topicNames = new HashMap<>();
    private final List<Area> trail = new ArrayList<>();
    private final List<String> trailNames = new ArrayList<>();
    private final Select<Area> start = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div breadcrumb = new Div();
    private final Div content = new Div();
    private final ProgressBar exportProgress = new ProgressBar();
    private final Anchor exportCsv;
    private final Anchor exportXlsx;
    private @Nullable Overview current;
    /** Which group of breakdown columns is shown; kept while drilling. */
    private String breakdownGroup = "participation";

    OverviewView(OverviewService service, TopicService topics, Clock clock) {
        this.service = service;
        addClassName("overview-view");
        boolean danish = !"en".equals(getLocale().getLanguage());
        topics.all().forEach(t -> topicNames.put(t.code(), danish ? t.nameDa() : t.nameEn()));

        var today = LocalDate.now(clock.withZone(dk.sambo.portal.shared.ui.Formats.zone()));
        var period = Period.lastTwelveMonths(today);
        from.setLabel(getTranslation("overview.period.from"));
        to.setLabel(getTranslation("overview.period.to"));
        from.setValue(period.from());
        to.setValue(period.to());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        start.setLabel(getTranslation("overview.start"));
        start.setItemLabelGenerator(this::startName);
        var roots = service.startingPoints();
        start.setItems(roots);
        start.setVisible(roots.size() > 1);
        start.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigateTo(e.getValue());
            }
        });

        exportProgress.setVisible(false);
        exportProgress.addClassName("overview-export-progress");
        breadcrumb.addClassName("overview-breadcrumb");
        content.addClassName("overview-content");
        content.setWidthFull();
        exportCsv = exportLink("csv");
        exportXlsx = exportLink("xlsx");
        showExports(false);
        var controls = new HorizontalLayout(start, from, to, exportCsv, exportXlsx);
        controls.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        controls.addClassName("overview-controls");
        add(new H1(getTranslation("overview.title")), controls, exportProgress, breadcrumb, content);
        if (roots.isEmpty()) {
            content.add(new Paragraph(getTranslation("overview.nothing-to-see")));
        }
    }

    /**
     * The node lives in the address ({@code ?omraade=c2}, {@code ?omraade=u33}): drilling down, the breadcrumb and
     * the starting-point choice navigate, so Back goes back up, a reload stays, and a shared link opens the same
     * node with its breadcrumb up to the widest node the viewer may open.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getLocation().getQueryParameters().getSingleParameter(AREA_PARAMETER);
        if (token.isPresent()) {
            try {
                openArea(Area.parse(token.get()));
                return;
            } catch (IllegalArgumentException e) {
                // an unreadable link: fall back to the person's own starting point
            }
        }
        var roots = service.startingPoints();
        if (!roots.isEmpty()) {
            openArea(roots.getFirst());
        }
    }

    private void openArea(Area area) {
        trail.clear();
        trailNames.clear();
        try {
            for (var crumb : service.trail(area)) {
                trail.add(crumb.area());
                trailNames.add(crumb.name());
            }
        } catch (AccessDeniedException e) {
            // refresh() shows the refusal for the node asked for
            trail.add(area);
            trailNames.add("");
        }
        var root = trail.getFirst();
        if (start.getListDataView().contains(root)) {
            start.setValue(root);
        }
        refresh();
    }

    private void navigateTo(Area area) {
        getUI().ifPresent(ui -> ui.navigate(OverviewView.class,
                QueryParameters.of(AREA_PARAMETER, area.token())));
    }

    private String startName(Area area) {
        if (area.level() == Area.Level.REGION) {
            return getTranslation("overview.region");
        }
        try {
            return service.name(area);
        } catch (AccessDeniedException e) {
            return area.token();
        }
    }

    void drillInto(Overview.Row row) {
        if (row.drillable()) {
            navigateTo(row.area());
        }
    }

    private void backTo(int index) {
        navigateTo(trail.get(index));
    }

    Area currentArea() {
        return trail.getLast();
    }

    @Nullable
    Overview currentOverview() {
        return current;
    }

    private void refresh() {
        if (trail.isEmpty() || from.getValue() == null || to.getValue() == null) {
            return;
        }
        content.removeAll();
        current = null;
        showExports(false);
        if (to.getValue().isBefore(from.getValue())) {
            content.add(new Paragraph(getTranslation("overview.period.invalid")));
            return;
        }
        try {
            current = service.overview(currentArea(), new Period(from.getValue(), to.getValue()));
        } catch (AccessDeniedException e) {
            breadcrumb.removeAll();
            var denied = new Paragraph(getTranslation("overview.denied"));
            denied.addClassName("overview-denied");
            content.add(denied);
            return;
        }
        trailNames.set(trail.size() - 1, displayName(current));
        showExports(true);
        renderBreadcrumb();
        render(current);
    }

    private String displayName(Overview overview) {
        return overview.area().level() == Area.Level.REGION ? getTranslation("overview.region") : overview.name();
    }

    private void renderBreadcrumb() {
        breadcrumb.removeAll();
        for (int i = 0; i < trail.size(); i++) {
            if (i > 0) {
                breadcrumb.add(new Span(" › "));
            }
            if (i == trail.size() - 1) {
                var here = new Span(trailNames.get(i));
                here.addClassName("overview-here");
                breadcrumb.add(here);
            } else {
                int index = i;
                var name = trail.get(i).level() == Area.Level.REGION ? getTranslation("overview.region")
                        : trailNames.get(i);
                var back = new Button(name, e -> backTo(index));
                back.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                breadcrumb.add(back);
            }
        }
    }

    // --- rendering ---------------------------------------------------------------------------------------------

    private void render(Overview o) {
        var f = o.total();
        var cards = new Div(staircaseCard(f), peopleCard(f), participationCard(f), bearerCard(f), questionCard(f),
                trainingCard(o), planCard(f));
        cards.addClassName("card-grid");
        content.add(new H2(getTranslation("overview.heading", displayName(o),
                format(o.period().from()), format(o.period().to()))), cards);
        content.add(breakdown(o));
        content.add(charts(o));
        content.add(questionGroups(o));
        content.add(logMonths(o));
    }

    private Div card(String titleKey, String helpKey, Component... body) {
        var card = new Div();
        card.addClassNames("card", "overview-card");
        var title = new H2(getTranslation(titleKey));
        card.add(title);
        card.add(body);
        card.add(help(helpKey));
        return card;
    }

    /** The "how is this computed" panel of a figure. */
    private Details help(String helpKey) {
        var text = new Paragraph(getTranslation(helpKey));
        text.addClassName("overview-help-text");
        var details = new Details(getTranslation("overview.how"), text);
        details.addClassName("overview-help");
        return details;
    }

    private Component line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("overview-label");
        var v = new Span(value);
        v.addClassName("overview-value");
        var line = new Div(label, v);
        line.addClassName("overview-line");
        return line;
    }

    private Div peopleCard(Figures f) {
        return card("overview.card.people", "overview.help.people",
                line("overview.figure.people", count(f.people())),
                line("overview.figure.in-depth", count(f.inDepth())),
                line("overview.figure.overall", count(f.overall())),
                line("overview.figure.leaders", count(f.leaders())));
    }

    private Div participationCard(Figures f) {
        return card("overview.card.participation", "overview.help.participation",
                line("overview.figure.participation", pct(f.participationShare())),
                line("overview.figure.in-depth-step1", pct(Figures.share(f.inDepthStep1(), f.inDepth()))),
                line("overview.figure.overall-step1", pct(Figures.share(f.overallStep1(), f.overall()))),
                line("overview.figure.leaders-step1", pct(Figures.share(f.leadersStep1(), f.leaders()))),
                line("overview.figure.in-depth-step2", pct(Figures.share(f.inDepthStep2(), f.inDepth()))),
                line("overview.figure.overall-step2", pct(Figures.share(f.overallStep2(), f.overall()))),
                line("overview.figure.leaders-step2", pct(Figures.share(f.leadersStep2(), f.leaders()))),
                line("overview.figure.recent", pct(f.recentShare())));
    }

    /**
     * The staircase step by step: the step reached (its own measure beside it) and the next step's distance, then
     * every step's measure, share by share, against its band, and whether it is met.
     */
    private Div staircaseCard(Figures f) {
        var position = f.position();
        var card = new Div();
        card.addClassNames("card", "overview-card", "overview-staircase-card");
        card.add(new H2(getTranslation("overview.card.staircase")), new StaircaseStep(position));
        // The card spans the card grid's whole row; its steps stand side by side where there is room (CSS).
        var measures = new Div();
        measures.addClassName("overview-stair-measures");
        card.add(measures);
        for (var measure : position.measures()) {
            var head = new Div(new Span(getTranslation("overview.stair.name." + measure.step().name())),
                    new Span(getTranslation("overview.stair.band." + measure.step().name())));
            head.addClassName("overview-stair-measure-head");
            var status = new Span(getTranslation(measure.met() ? "overview.stair.met" : "overview.stair.not-met"));
            status.addClassName(measure.met() ? "overview-stair-met" : "overview-stair-not-met");
            head.add(status);
            var block = new Div(head);
            block.addClassName("overview-stair-measure");
            block.addClassName("overview-stair-" + measure.step().name().toLowerCase(java.util.Locale.ROOT));
            for (var share : measure.shares()) {
                block.add(line("overview.stair.group." + share.group().name(),
                        pct(share.value()) + " (" + getTranslation("overview.of", count(share.part()),
                                count(share.whole())) + ")"));
            }
            measures.add(block);
        }
        card.add(help("overview.help.staircase"));
        return card;
    }

    private Div bearerCard(Figures f) {
        return card("overview.card.bearers", "overview.help.bearers",
                line("overview.figure.bearer-coverage", pct(f.bearerCoverage())),
                line("overview.figure.units-with-bearer", getTranslation("overview.of",
                        count(f.unitsWithBearer()), count(f.units()))),
                line("overview.figure.bearers", count(f.bearers())),
                line("overview.figure.people-per-bearer", decimal(f.peoplePerBearer())));
    }

    private Div questionCard(Figures f) {
        return card("overview.card.questions", "overview.help.questions",
                line("overview.figure.asked", count(f.asked())),
                line("overview.figure.answered", count(f.answered())),
                line("overview.figure.median-hours", decimal(f.medianHoursToFirstAnswer())),
                line("overview.figure.overdue", count(f.overdue())),
                line("overview.figure.escalated", count(f.escalated())));
    }

    private Div trainingCard(Overview o) {
        var t = o.training();
        long entries = t.logEntries().stream().mapToLong(Overview.LogMonth::entries).sum();
        return card("overview.card.training", "overview.help.training",
                line("overview.training.sessions-held", count(t.sessionsHeld())),
                line("overview.training.seats", getTranslation("overview.of", count(t.seatsFilled()),
                        count(t.capacity()))),
                line("overview.training.entries", count(entries)));
    }

    private Div planCard(Figures f) {
        return card("overview.card.plan", "overview.help.plan",
                line("overview.figure.plan", f.planTotal() == null ? getTranslation("overview.no-plan")
                        : getTranslation("overview.of", count(f.planDone()), count(f.planTotal()))));
    }

    private Component breakdown(Overview o) {
        var section = new Div();
        section.addClassName("overview-section");
        section.add(new H2(getTranslation("overview.breakdown")));
        if (o.rows().isEmpty()) {
            section.add(new Paragraph(getTranslation(service.mayDrillDown(o.area()) ? "overview.no-rows"
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
            var open = new Button(row.name(), e -> drillInto(row));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.addClassName("overview-drill");
            return open;
        }).setKey("name").setHeader(getTranslation("overview.export.name")).setAutoWidth(true).setFlexGrow(1)
                .setFrozen(true);
        grid.addColumn(r -> count(r.figures().people())).setKey("people")
                .setHeader(getTranslation("overview.figure.people"));
        grid.addColumn(r -> count(r.figures().targetGroup())).setKey("target")
                .setHeader(getTranslation("overview.figure.target"));
        // Two groups of columns, one shown at a time, so every figure fits a 1280 px screen without scrolling
        // sideways: participation against the staircase with step 1 and step 2 per target group, and culture
        // bearers, questions and the plan.
        var participation = List.of(
                grid.addComponentColumn(r -> new StaircaseStep(r.figures().position())).setKey("staircase")
                        .setHeader(getTranslation("overview.col.staircase")).setAutoWidth(true),
                grid.addColumn(r -> pct(r.figures().participationShare())).setKey("took-part")
                        .setHeader(getTranslation("overview.col.took-part")),
                stepColumn(grid, "step1-in-depth", "overview.col.in-depth", f -> f.inDepthStep1(), Figures::inDepth),
                stepColumn(grid, "step1-overall", "overview.col.overall", f -> f.overallStep1(), Figures::overall),
                stepColumn(grid, "step1-leaders", "overview.col.leaders", f -> f.leadersStep1(), Figures::leaders),
                stepColumn(grid, "step2-in-depth", "overview.col.in-depth", f -> f.inDepthStep2(), Figures::inDepth),
                stepColumn(grid, "step2-overall", "overview.col.overall", f -> f.overallStep2(), Figures::overall),
                stepColumn(grid, "step2-leaders", "overview.col.leaders", f -> f.leadersStep2(), Figures::leaders),
                grid.addColumn(r -> pct(r.figures().recentShare())).setKey("recent")
                        .setHeader(getTranslation("overview.col.recent")));
        var questions = List.of(
                grid.addColumn(r -> pct(r.figures().bearerCoverage())).setKey("coverage")
                        .setHeader(getTranslation("overview.figure.bearer-coverage")),
                grid.addColumn(r -> decimal(r.figures().peoplePerBearer())).setKey("per-bearer")
                        .setHeader(getTranslation("overview.figure.people-per-bearer")),
                grid.addColumn(r -> count(r.figures().asked())).setKey("asked")
                        .setHeader(getTranslation("overview.figure.asked")),
                grid.addColumn(r -> count(r.figures().answered())).setKey("answered")
                        .setHeader(getTranslation("overview.figure.answered")),
                grid.addColumn(r -> decimal(r.figures().medianHoursToFirstAnswer())).setKey("median-hours")
                        .setHeader(getTranslation("overview.figure.median-hours")),
                grid.addColumn(r -> count(r.figures().overdue())).setKey("overdue")
                        .setHeader(getTranslation("overview.figure.overdue")),
                grid.addColumn(r -> count(r.figures().escalated())).setKey("escalated")
                        .setHeader(getTranslation("overview.figure.escalated")),
                grid.addColumn(r -> r.figures().planTotal() == null ? "–"
                        : getTranslation("overview.of", count(r.figures().planDone()), count(r.figures().planTotal())))
                        .setKey("plan").setHeader(getTranslation("overview.figure.plan")));
        // The staircase's own measures, one column per share (the culture-bearer coverage is in the next group).
        var stairs = List.of(
                measureColumn(grid, "stair-launch", StaircasePosition.Group.LAUNCH_PASSED_ON),
                measureColumn(grid, "stair-in-depth", StaircasePosition.Group.IN_DEPTH_AND_LINE_MANAGERS),
                measureColumn(grid, "stair-overall", StaircasePosition.Group.OVERALL_STAFF),
                measureColumn(grid, "stair-local", StaircasePosition.Group.LOCAL_TRAINING),
                measureColumn(grid, "stair-coverage", StaircasePosition.Group.BEARER_COVERAGE),
                measureColumn(grid, "stair-continued", StaircasePosition.Group.CONTINUED));
        var groups = grid.prependHeaderRow();
        groups.join(grid.getColumnByKey("step1-in-depth"), grid.getColumnByKey("step1-overall"),
                grid.getColumnByKey("step1-leaders")).setText(getTranslation("overview.col.step1"));
        groups.join(grid.getColumnByKey("step2-in-depth"), grid.getColumnByKey("step2-overall"),
                grid.getColumnByKey("step2-leaders")).setText(getTranslation("overview.col.step2"));
        grid.setItems(o.rows());
        grid.setAllRowsVisible(true);

        var show = new RadioButtonGroup<String>(getTranslation("overview.breakdown.show"));
        show.addClassName("overview-breakdown-show");
        show.setItems("participation", "stairs", "questions");
        show.setItemLabelGenerator(k -> getTranslation("overview.breakdown.group." + k));
        show.addValueChangeListener(e -> {
            participation.forEach(c -> c.setVisible("participation".equals(e.getValue())));
            stairs.forEach(c -> c.setVisible("stairs".equals(e.getValue())));
            grid.getColumnByKey("staircase").setVisible(!"questions".equals(e.getValue()));
            questions.forEach(c -> c.setVisible("questions".equals(e.getValue())));
        });
        show.setValue(breakdownGroup);
        show.addValueChangeListener(e -> breakdownGroup = e.getValue());
        section.add(show);
        section.add(grid, help("overview.help.breakdown"));
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
        return grid.addColumn(r -> pct(r.figures().position().share(group).value())).setKey(key).setHeader(getTranslation("overview.col." + key));
    }

    private Component charts(Overview o) {
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

    private Component questionGroups(Overview o) {
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
        return grid;
    }

    private Component logMonths(Overview o) {
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
            section.add(grid);
        }
        section.add(help("overview.help.training"));
        return section;
    }

    // --- export ------------------------------------------------------------------------------------------------

    /** Export only what is on the screen: no links on a refused area or an invalid period. */
    private void showExports(boolean visible) {
        exportCsv.setVisible(visible);
        exportXlsx.setVisible(visible);
    }

    private Anchor exportLink(String format) {
        var handler = DownloadHandler.fromInputStream(event -> {
            var overview = current;
            if (overview == null || !service.mayView(overview.area())) {
                // The links are hidden on a refused area; a stale link or a hand-made request is refused plainly.
                return DownloadResponse.error(403, getTranslation("overview.export.denied"));
            }
            var bytes = export(overview, format);
            var name = "overblik-" + overview.area().token() + "-" + overview.period().from() + "-"
                    + overview.period().to() + "." + format;
            var type = format.equals("csv") ? "text/csv; charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        }).whenStart(() -> {
            exportProgress.setIndeterminate(false);
            exportProgress.setValue(0);
            exportProgress.setVisible(true);
        }).onProgress((done, total) -> {
            if (total > 0) {
                exportProgress.setValue(Math.min(1.0, (double) done / total));
            }
        }).whenComplete(ok -> exportProgress.setVisible(false));
        var anchor = new Anchor(handler, getTranslation("overview.export." + format));
        anchor.addClassName("overview-export-" + format);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    byte[] export(Overview overview, String format) throws IOException {
        var document = OverviewExport.document(overview, displayName(overview), this::getTranslation,
                k -> topicNames.getOrDefault(k, k), this::format);
        var out = new ByteArrayOutputStream();
        if (format.equals("csv")) {
            OverviewExport.writeCsv(document, getLocale(), out, i -> {
            });
        } else {
            OverviewExport.writeXlsx(document, out, i -> {
            });
        }
        return out.toByteArray();
    }

    // --- formats -----------------------------------------------------------------------------------------------

    private String count(@Nullable Long value) {
        return value == null ? "–" : NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    private String pct(@Nullable Double share) {
        if (share == null) {
            return "–";
        }
        var format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private String decimal(@Nullable Double value) {
        if (value == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private String format(LocalDate day) {
        return dk.sambo.portal.shared.ui.Formats.date(day, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }
}
