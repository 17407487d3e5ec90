package dk.sambo.portal.overview.ui;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.lang.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.overview.Area;
import dk.sambo.portal.overview.Overview;
import dk.sambo.portal.overview.OverviewService;
import dk.sambo.portal.overview.Period;

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
    private final OverviewExportLinks exports;
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

        breadcrumb.addClassName("overview-breadcrumb");
        content.addClassName("overview-content");
        content.setWidthFull();
        exports = new OverviewExportLinks(this, () -> current, service::mayView, this::displayName, topicNames,
                this::format);
        var controls = new HorizontalLayout(start, from, to);
        exports.links().forEach(controls::add);
        controls.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        controls.addClassName("overview-controls");
        add(new H1(getTranslation("overview.title")), controls, exports.progress(), breadcrumb, content);
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
        if (service.mayView(area)) {
            for (var crumb : service.trail(area)) {
                trail.add(crumb.area());
                trailNames.add(crumb.name());
            }
        } else {
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
        return service.mayView(area) ? service.name(area) : area.token();
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
        exports.show(false);
        if (to.getValue().isBefore(from.getValue())) {
            content.add(new Paragraph(getTranslation("overview.period.invalid")));
            return;
        }
        // Asked, not probed: a node outside the person's scope is refused before anything is computed.
        if (!service.mayView(currentArea())) {
            breadcrumb.removeAll();
            var denied = new Paragraph(getTranslation("overview.denied"));
            denied.addClassName("overview-denied");
            content.add(denied);
            return;
        }
        current = service.overview(currentArea(), new Period(from.getValue(), to.getValue()));
        trailNames.set(trail.size() - 1, displayName(current));
        exports.show(true);
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
        content.add(new H2(getTranslation("overview.heading", displayName(o),
                format(o.period().from()), format(o.period().to()))), new OverviewCards(o));
        content.add(new OverviewBreakdown(o, service.mayDrillDown(o.area()), breakdownGroup,
                group -> breakdownGroup = group, this::drillInto));
        content.add(new OverviewCharts(o));
        content.add(new OverviewQuestionGroups(o, topicNames));
        content.add(new OverviewLogMonths(o));
    }

    /** The file of an overview as the export links serve it ({@link OverviewExportLinks#export}). */
    byte[] export(Overview overview, String format) throws IOException {
        return exports.export(overview, format);
    }

    /** What a click on an export link answers ({@link OverviewExportLinks#response}). */
    com.vaadin.flow.server.streams.DownloadResponse download(String format) throws IOException {
        return exports.response(format);
    }

    // --- formats -----------------------------------------------------------------------------------------------

    private String format(LocalDate day) {
        return dk.sambo.portal.shared.ui.Formats.date(day, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }
}
