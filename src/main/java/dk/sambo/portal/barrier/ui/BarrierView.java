package dk.sambo.portal.barrier.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.shared.ui.GridCard;
import dk.sambo.portal.shared.ui.ResponsiveGrid;
import dk.sambo.portal.barrier.BarrierKind;
import dk.sambo.portal.barrier.BarrierLog;
import dk.sambo.portal.barrier.BarrierStatus;
import dk.sambo.portal.barrier.BarrierLog.Entry;
import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.OrganisationFigures;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.FormDialog;
import dk.sambo.portal.shared.ui.Formats;

/**
 * The barrier log: for line managers the units they lead, for the cluster levels a cluster, with a summary by
 * kind. Recording opens a form with the unit, kind, description, action, owner and due date.
 */
@Route("barrierer")
@RolesAllowed({"LINE_MANAGER", "SENIOR_MANAGER", "IMPLEMENTING", "STRATEGIC", "ADMIN"})
@Menu(order = 40, title = "barrier.nav", icon = "vaadin:road-split")
@StyleSheet("./assets/roles.css")
class BarrierView extends VerticalLayout implements HasDynamicTitle {

    /** What the list shows: the units I lead, or one cluster. */
    record Scope(String label, List<Long> unitIds, Long clusterId) {
    }

    private final BarrierLog log;
    private final Clock clock;
    private final Select<Scope> scope = new Select<>();
    private final Div summary = new Div();
    private final Grid<Entry> grid = new Grid<>();

    BarrierView(BarrierLog log, OrganisationFigures figures, Clock clock) {
        this.log = log;
        this.clock = clock;
        addClassName("roles-page");
        add(new H1(getTranslation("barrier.heading")), new Paragraph(getTranslation("barrier.intro")));
        var scopes = new java.util.ArrayList<Scope>();
        var mine = figures.unitsILead().stream().map(UnitSummary::id).toList();
        if (!mine.isEmpty()) {
            scopes.add(new Scope(getTranslation("barrier.scope.mine"), mine, null));
        }
        for (ClusterSummary c : log.readableClusters()) {
            scopes.add(new Scope(getTranslation("barrier.scope.cluster", c.name()), List.of(), c.id()));
        }
        if (scopes.isEmpty()) {
            add(new Paragraph(getTranslation("barrier.no-scope")));
            return;
        }
        scope.setLabel(getTranslation("barrier.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Scope::label);
        scope.addValueChangeListener(e -> refresh());
        var record = new Button(getTranslation("barrier.record"), VaadinIcon.PLUS.create(), e -> edit(null));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(!log.writableUnits().isEmpty());
        var toolbar = new Div(scope, record);
        toolbar.addClassName("roles-toolbar");
        summary.addClassName("roles-figures");

        grid.addColumn(e -> getTranslation("barrier.kind." + e.kind())).setHeader(getTranslation("barrier.kind"))
                .setAutoWidth(true);
        grid.addColumn(Entry::unitName).setHeader(getTranslation("barrier.unit")).setFlexGrow(2);
        grid.addColumn(Entry::description).setHeader(getTranslation("barrier.description")).setFlexGrow(3);
        grid.addColumn(e -> e.action() == null ? "–" : e.action()).setHeader(getTranslation("barrier.action"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.ownerName() == null ? "–" : e.ownerName()).setHeader(getTranslation("barrier.owner"));
        grid.addComponentColumn(this::due).setHeader(getTranslation("barrier.due")).setAutoWidth(true);
        grid.addComponentColumn(e -> {
            var badge = new Span(getTranslation("barrier.status." + e.status()));
            badge.addClassNames("roles-badge", switch (e.status()) {
                case OPEN -> "roles-badge-gap";
                case IN_PROGRESS -> "roles-badge-warn";
                case RESOLVED -> "roles-badge-ok";
            });
            return badge;
        }).setHeader(getTranslation("barrier.status")).setAutoWidth(true);
        // A phone gets one card per barrier; a tap on it opens it as a tap on the row does (issue 14).
        ResponsiveGrid.cardsWhenNarrow(grid, e -> GridCard.of(
                getTranslation("barrier.kind." + e.kind()) + " · " + getTranslation("barrier.status." + e.status()),
                e.unitName(), e.description(),
                getTranslation("barrier.action") + ": " + (e.action() == null ? "–" : e.action()),
                getTranslation("barrier.owner") + ": " + (e.ownerName() == null ? "–" : e.ownerName()), due(e)));
        grid.addItemClickListener(e -> {
            if (log.mayWrite(e.getItem().unitId())) {
                edit(e.getItem());
            }
        });
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("barrier-grid");
        add(toolbar, new H2(getTranslation("barrier.summary")), summary, new H2(getTranslation("barrier.list")), grid);
        scope.setValue(scopes.getFirst());
    }

    private Span due(Entry e) {
        if (e.dueOn() == null) {
            return new Span("–");
        }
        var span = new Span(Formats.date(e.dueOn(), getLocale()));
        if (e.overdue(LocalDate.now(clock))) {
            span.addClassNames("roles-badge", "roles-badge-gap");
            span.setTitle(getTranslation("barrier.overdue"));
        }
        return span;
    }

    private void refresh() {
        var s = scope.getValue();
        if (s == null) {
            return;
        }
        var entries = s.clusterId() != null ? log.ofCluster(s.clusterId()) : log.ofUnits(s.unitIds());
        var sum = s.clusterId() != null ? log.summaryOfCluster(s.clusterId()) : log.summaryOfUnits(s.unitIds());
        grid.setItems(entries);
        summary.removeAll();
        for (var kind : BarrierKind.values()) {
            var value = new Span(String.valueOf(sum.unresolved(kind)));
            value.addClassName("roles-figure-value");
            var label = new Span(getTranslation("barrier.summary.figure", getTranslation("barrier.kind." + kind),
                    sum.count(kind, BarrierStatus.RESOLVED)));
            label.addClassName("roles-figure-label");
            var figure = new Div(value, label);
            figure.addClassName("roles-figure");
            summary.add(figure);
        }
    }

    private void edit(@Nullable Entry existing) {
        var form = new BarrierForm(log, existing);
        var dialog = new FormDialog(this, getTranslation(existing == null ? "barrier.record" : "barrier.edit"),
                () -> form.draft().map(draft -> Feedback.attempt(this, () -> save(existing, draft))).orElse(false));
        dialog.saveButton().addClassName("barrier-save");
        dialog.addField(form, true);
        dialog.setWidth("44rem");
        dialog.open();
    }

    private void save(@Nullable Entry existing, BarrierLog.Draft draft) {
        if (existing == null) {
            log.record(draft);
        } else {
            log.update(existing.id(), existing.version(), draft);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("barrier.nav");
    }
}
