package dk.sambo.portal.organisation.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.CultureBearerRegister;
import dk.sambo.portal.organisation.CultureBearerRegister.AppointmentView;
import dk.sambo.portal.organisation.OrganisationFigures;
import dk.sambo.portal.organisation.OrganisationFigures.UnitFigure;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.shared.ui.GridCard;
import dk.sambo.portal.shared.ui.ResponsiveGrid;

/**
 * The culture bearer register for line managers: coverage of the units they lead (which have no culture bearer),
 * the appointments, and appointing or ending one. The service enforces scope and the no-overlap rule.
 */
@Route("kulturbaerere")
@RolesAllowed({"LINE_MANAGER", "ADMIN"})
@Menu(order = 20, title = "cbr.nav", icon = "vaadin:user-star")
@StyleSheet("./assets/roles.css")
class CultureBearerRegisterView extends VerticalLayout implements HasDynamicTitle {

    private final CultureBearerRegister register;
    private final OrganisationFigures figures;
    private final TopicService topics;
    private final Clock clock;
    private final List<UnitSummary> myUnits;
    private final Grid<UnitFigure> coverage = new Grid<>();
    private final Grid<AppointmentView> appointments = new Grid<>();

    CultureBearerRegisterView(CultureBearerRegister register, OrganisationFigures figures, TopicService topics,
            Clock clock) {
        this.register = register;
        this.figures = figures;
        this.topics = topics;
        this.clock = clock;
        this.myUnits = figures.unitsILead();
        addClassName("roles-page");
        add(new H1(getTranslation("cbr.heading")), new Paragraph(getTranslation("cbr.intro")));
        if (myUnits.isEmpty()) {
            add(new Paragraph(getTranslation("cbr.no-units")));
            return;
        }
        var appoint = new Button(getTranslation("cbr.appoint"), VaadinIcon.PLUS.create(), e -> openAppointDialog());
        appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        appoint.addClassName("cbr-appoint");

        coverage.addColumn(UnitFigure::unitName).setHeader(getTranslation("cbr.unit")).setFlexGrow(3);
        coverage.addColumn(UnitFigure::people).setHeader(getTranslation("cbr.people"));
        coverage.addColumn(UnitFigure::inDepth).setHeader(getTranslation("target.IN_DEPTH"));
        coverage.addColumn(UnitFigure::overall).setHeader(getTranslation("target.OVERALL"));
        coverage.addColumn(UnitFigure::cultureBearers).setHeader(getTranslation("cbr.bearers"));
        coverage.addComponentColumn(f -> badge(f.gap() ? "cbr.gap" : "cbr.covered", f.gap() ? "gap" : "ok"))
                .setHeader(getTranslation("cbr.coverage"));
        coverage.setAllRowsVisible(true);
        // Headers wrap instead of being cut ("In-depth", "Culture bearers" in English), and so do long names.
        coverage.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        ResponsiveGrid.cardsWhenNarrow(coverage, f -> GridCard.of(f.unitName(),
                getTranslation("cbr.people") + ": " + f.people() + " · " + getTranslation("target.IN_DEPTH") + ": "
                        + f.inDepth() + " · " + getTranslation("target.OVERALL") + ": " + f.overall(),
                getTranslation("cbr.bearers") + ": " + f.cultureBearers(),
                badge(f.gap() ? "cbr.gap" : "cbr.covered", f.gap() ? "gap" : "ok")));

        appointments.addColumn(AppointmentView::personName).setHeader(getTranslation("cbr.person")).setFlexGrow(2);
        appointments.addColumn(a -> String.join(", ", a.unitNames())).setHeader(getTranslation("cbr.units"))
                .setFlexGrow(3);
        appointments.addColumn(this::topicNames).setHeader(getTranslation("cbr.topics")).setFlexGrow(2);
        appointments.addColumn(a -> Formats.date(a.validFrom(), getLocale())).setHeader(getTranslation("cbr.from"));
        appointments.addColumn(a -> a.validTo() == null ? "–" : Formats.date(a.validTo(), getLocale()))
                .setHeader(getTranslation("cbr.to"));
        appointments.addComponentColumn(a -> badge(a.active() ? "cbr.active" : "cbr.inactive",
                a.active() ? "ok" : "muted")).setHeader(getTranslation("cbr.status"));
        appointments.addComponentColumn(this::endButton).setHeader("");
        appointments.setAllRowsVisible(true);
        appointments.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        ResponsiveGrid.cardsWhenNarrow(appointments, a -> GridCard.of(a.personName(), String.join(", ", a.unitNames()),
                topicNames(a), Formats.date(a.validFrom(), getLocale()) + " – "
                        + (a.validTo() == null ? "" : Formats.date(a.validTo(), getLocale())),
                badge(a.active() ? "cbr.active" : "cbr.inactive", a.active() ? "ok" : "muted"), endButton(a)));

        add(new H2(getTranslation("cbr.coverage.heading")), coverage,
                new Div(new H2(getTranslation("cbr.appointments.heading")), appoint), appointments);
        refresh();
    }

    private void refresh() {
        var ids = myUnits.stream().map(UnitSummary::id).collect(Collectors.toSet());
        coverage.setItems(figures.forUnits(ids));
        appointments.setItems(register.ofUnits(ids));
    }

    private String topicNames(AppointmentView a) {
        if (a.topicCodes().isEmpty()) {
            return getTranslation("cbr.all-topics");
        }
        return topics.active().stream().filter(t -> a.topicCodes().contains(t.code()))
                .map(t -> t.name(getLocale())).collect(Collectors.joining(", "));
    }

    private Component endButton(AppointmentView a) {
        var today = LocalDate.now(clock);
        if (a.validTo() != null && a.validTo().isBefore(today)) {
            return new Span();
        }
        var end = new Button(getTranslation("cbr.end"), e -> confirmEnd(a));
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return end;
    }

    private void confirmEnd(AppointmentView a) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cbr.end.title", a.personName()));
        var lastDay = new DatePicker(getTranslation("cbr.end.last-day"), LocalDate.now(clock));
        lastDay.setLocale(getLocale());
        var ok = new Button(getTranslation("cbr.end"), e -> {
            if (lastDay.getValue() == null) {
                lastDay.setInvalid(true);
                return;
            }
            register.end(a.id(), lastDay.getValue());
            dialog.close();
            notify("cbr.ended", a.personName());
            refresh();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(getTranslation("cbr.end.explain")), lastDay);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void openAppointDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cbr.appoint"));
        var unitIds = myUnits.stream().map(UnitSummary::id).collect(Collectors.toSet());
        var person = new ComboBox<PersonSummary>(getTranslation("cbr.person"));
        person.setItems(figures.peopleIn(unitIds));
        person.setItemLabelGenerator(p -> p.name() + " · " + (p.jobTitle() == null ? "" : p.jobTitle()) + " · "
                + p.unitName());
        var units = new MultiSelectComboBox<UnitSummary>(getTranslation("cbr.units"));
        units.setItems(myUnits.stream().filter(UnitSummary::isOpen).toList());
        units.setItemLabelGenerator(UnitSummary::name);
        person.addValueChangeListener(e -> {
            if (e.getValue() != null && units.isEmpty()) {
                myUnits.stream().filter(u -> u.isOpen() && u.id() == e.getValue().unitId()).findFirst()
                        .ifPresent(u -> units.setValue(Set.of(u)));
            }
        });
        var topicBox = new MultiSelectComboBox<TopicSummary>(getTranslation("cbr.topics"));
        topicBox.setItems(topics.active());
        topicBox.setItemLabelGenerator(t -> t.name(getLocale()));
        topicBox.setHelperText(getTranslation("cbr.topics.help"));
        var from = new DatePicker(getTranslation("cbr.from"), LocalDate.now(clock));
        var to = new DatePicker(getTranslation("cbr.to"));
        to.setHelperText(getTranslation("cbr.to.help"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        var form = new FormLayout(person, units, topicBox, from, to);
        form.setColspan(person, 2);
        form.setColspan(units, 2);
        form.setColspan(topicBox, 2);
        var save = new Button(getTranslation("cbr.appoint.save"), e -> {
            person.setInvalid(person.getValue() == null);
            units.setInvalid(units.isEmpty());
            from.setInvalid(from.getValue() == null);
            if (person.isInvalid() || units.isInvalid() || from.isInvalid()) {
                return;
            }
            try {
                register.appoint(person.getValue().id(),
                        units.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet()),
                        topicBox.getValue().stream().map(TopicSummary::code)
                                .collect(Collectors.toCollection(HashSet::new)),
                        from.getValue(), to.getValue());
            } catch (IllegalStateException | IllegalArgumentException ex) {
                var key = ex.getMessage() != null && ex.getMessage().startsWith("culture-bearer.")
                        ? ex.getMessage() : "cbr.error";
                // through Feedback, so a second refusal replaces the first instead of stacking over the form
                Feedback.error(getTranslation(key));
                return;
            }
            dialog.close();
            notify("cbr.appointed", person.getValue().name());
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("cbr-save");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("40rem");
        dialog.open();
    }

    private void notify(String key, String name) {
        Feedback.success(getTranslation(key, name));
    }

    private Span badge(String key, String kind) {
        var badge = new Span(getTranslation(key));
        badge.addClassNames("roles-badge", "roles-badge-" + kind);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cbr.nav");
    }
}
