package dk.sambo.portal.training.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.shared.ui.ResponsiveGrid;
import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.OrganisationSummary;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.training.domain.Audience;
import dk.sambo.portal.training.domain.CalendarEntry;
import dk.sambo.portal.training.domain.CalendarFilter;
import dk.sambo.portal.training.domain.SessionType;
import dk.sambo.portal.training.domain.TrainingCalendar;

/**
 * The training calendar: month, week and list views (FullCalendar), coloured by type, with filters for cluster,
 * organisation, type, audience and "my sessions". Only the visible range is loaded; a click opens the session.
 */
@Route("kalender")
@PermitAll
@Menu(order = 20, title = "training.nav.calendar", icon = "vaadin:calendar")
@StyleSheet("./assets/training.css")
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingCalendar calendar;
    private final FullCalendar fullCalendar;
    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    private final MultiSelectComboBox<SessionType> types = new MultiSelectComboBox<>();
    private final Select<Audience> audience = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final Span summary = new Span();
    private Instant from;
    private Instant to;
    private List<CalendarEntry> shown = List.of();

    CalendarView(TrainingCalendar calendar, OrganisationService organisations, java.time.Clock clock) {
        this.calendar = calendar;
        addClassName("training-calendar-view");
        setSizeFull();

        var heading = new H1(getTranslation("training.calendar.heading"));
        var header = new HorizontalLayout(heading);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (calendar.mayCreateSessions()) {
            var create = new Button(getTranslation("training.calendar.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(SessionFormView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClassName("new-session");
            header.add(create);
        }
        add(header);

        cluster.setLabel(getTranslation("training.filter.cluster"));
        cluster.setItems(organisations.clusters());
        cluster.setItemLabelGenerator(ClusterSummary::name);
        cluster.setClearButtonVisible(true);
        cluster.setPlaceholder(getTranslation("training.filter.all"));
        organisation.setLabel(getTranslation("training.filter.organisation"));
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);
        organisation.setPlaceholder(getTranslation("training.filter.all"));
        organisation.setItems(organisations.organisations());
        organisation.setWidth("18em");
        cluster.addValueChangeListener(e -> {
            organisation.clear();
            organisation.setItems(e.getValue() == null ? organisations.organisations()
                    : organisations.organisationsServing(e.getValue().id()));
            reload();
        });
        organisation.addValueChangeListener(e -> reload());
        types.setLabel(getTranslation("training.filter.type"));
        types.setItems(SessionType.values());
        types.setItemLabelGenerator(t -> getTranslation("training.type." + t.name()));
        types.setPlaceholder(getTranslation("training.filter.all"));
        types.setWidth("18em");
        types.addValueChangeListener(e -> reload());
        audience.setLabel(getTranslation("training.filter.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> a == null ? getTranslation("training.filter.all")
                : getTranslation("training.audience." + a.name()));
        audience.setEmptySelectionAllowed(true);
        audience.setEmptySelectionCaption(getTranslation("training.filter.all"));
        audience.addValueChangeListener(e -> reload());
        mine.setLabel(getTranslation("training.filter.mine"));
        mine.addValueChangeListener(e -> reload());
        var filters = new HorizontalLayout(cluster, organisation, types, audience, mine);
        filters.addClassName("training-filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        // The filters fold away on a phone so the calendar starts on the first screen (issue 14).
        var filterPanel = new Details(getTranslation("training.filter.panel"), filters);
        filterPanel.addClassName("training-filter-panel");
        filterPanel.setOpened(true);
        filterPanel.setWidthFull();
        add(filterPanel, legend());

        fullCalendar = new FullCalendar(getLocale());
        fullCalendar.setWidthFull();
        fullCalendar.setNow(clock.instant());
        fullCalendar.gotoDate(java.time.LocalDate.ofInstant(clock.instant(), dk.sambo.portal.shared.ui.Formats.zone()));
        fullCalendar.addDatesSetListener(e -> {
            from = e.getStart();
            to = e.getEnd();
            reload();
        });
        fullCalendar.addEventClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SessionView.class,
                Long.valueOf(e.getEventId()))));
        summary.addClassName("training-summary");
        add(summary, fullCalendar);
        // A phone opens on the list of sessions rather than a month grid too narrow to read.
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            boolean narrow = details.getWindowInnerWidth() > 0
                    && details.getWindowInnerWidth() < ResponsiveGrid.NARROW_PX;
            filterPanel.setOpened(!narrow);
            if (narrow) {
                fullCalendar.setView(FullCalendar.LIST);
            }
        }));
    }

    private Div legend() {
        var legend = new Div();
        legend.addClassName("training-legend");
        for (var type : SessionType.values()) {
            var swatch = new Span();
            swatch.addClassName("swatch");
            swatch.getStyle().set("background", type.colour());
            var item = new Span(swatch, new Span(getTranslation("training.type." + type.name())));
            item.addClassName("legend-item");
            legend.add(item);
        }
        return legend;
    }

    /** Loads the visible range with the current filters; called on every datesSet and filter change. */
    void reload() {
        if (from == null || to == null) {
            return;
        }
        var filter = new CalendarFilter(cluster.getValue() == null ? null : cluster.getValue().id(),
                organisation.getValue() == null ? null : organisation.getValue().id(), Set.copyOf(types.getValue()),
                audience.getValue(), mine.getValue());
        shown = calendar.calendar(from, to, filter);
        var events = new ArrayList<FullCalendar.Event>();
        for (var entry : shown) {
            var classes = new ArrayList<String>();
            classes.add("sambo-type-" + entry.type().name().toLowerCase(java.util.Locale.ROOT));
            if (entry.cancelled()) {
                classes.add("sambo-cancelled");
            }
            if (entry.mine()) {
                classes.add("sambo-mine");
            }
            var title = entry.cancelled() ? getTranslation("training.calendar.cancelled-prefix", entry.title())
                    : entry.seatsLeft() == 0 ? getTranslation("training.calendar.full-suffix", entry.title())
                            : entry.title();
            events.add(new FullCalendar.Event(Long.toString(entry.id()), title, entry.start(), entry.end(),
                    entry.cancelled() ? "#757575" : entry.type().colour(), classes,
                    entry.place() == null ? Map.of() : Map.of("place", entry.place())));
        }
        fullCalendar.setEvents(events);
        summary.setText(getTranslation("training.calendar.count", shown.size()));
    }

    /** What the calendar shows now (for tests and the summary line). */
    List<CalendarEntry> shown() {
        return shown;
    }

    FullCalendar fullCalendar() {
        return fullCalendar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.nav.calendar");
    }
}
