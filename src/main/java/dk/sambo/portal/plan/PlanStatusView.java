package dk.sambo.portal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.OrganisationSummary;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.plan.PlanService.Progress;
import dk.sambo.portal.shared.ui.Formats;

/**
 * Each organisation's progress through the plan: the checkpoints ticked off with date and by whom. Senior
 * managers tick their own organisation; the cluster levels those in their cluster; others read.
 */
@Route("plan/status")
@RolesAllowed({"LINE_MANAGER", "SENIOR_MANAGER", "STRATEGIC", "IMPLEMENTING", "POLITICAL", "ADMIN"})
@Menu(order = 31, title = "plan.status.nav", icon = "vaadin:tasks")
@StyleSheet("./assets/roles.css")
class PlanStatusView extends VerticalLayout implements HasDynamicTitle {

    private final PlanService plan;
    private final Clock clock;
    private final Map<Long, OrganisationSummary> organisations;
    private final ComboBox<OrganisationSummary> chooser = new ComboBox<>();
    private final Div checklist = new Div();
    private final Grid<Progress> summary = new Grid<>();

    PlanStatusView(PlanService plan, OrganisationService organisation, Clock clock) {
        this.plan = plan;
        this.clock = clock;
        this.organisations = visibleOrganisations(organisation);
        addClassName("roles-page");
        add(new H1(getTranslation("plan.status.heading")), new Paragraph(getTranslation("plan.status.intro")));
        if (organisations.isEmpty()) {
            add(new Paragraph(getTranslation("plan.status.none")));
            return;
        }
        chooser.setLabel(getTranslation("plan.status.organisation"));
        chooser.setItems(organisations.values());
        chooser.setItemLabelGenerator(OrganisationSummary::name);
        chooser.setWidth("min(24rem, 100%)");
        chooser.addValueChangeListener(e -> renderChecklist());
        checklist.addClassName("plan-checklist");
        add(chooser, checklist);
        if (organisations.size() > 1) {
            summary.addColumn(p -> organisations.get(p.organisationId()).name())
                    .setHeader(getTranslation("plan.status.organisation")).setFlexGrow(3);
            summary.addColumn(p -> getTranslation("plan.status.done-of", p.done(), p.total()))
                    .setHeader(getTranslation("plan.status.done"));
            summary.addColumn(p -> p.percent() + " %").setHeader(getTranslation("plan.status.percent"));
            summary.setAllRowsVisible(true);
            summary.addItemClickListener(e -> chooser.setValue(organisations.get(e.getItem().organisationId())));
            add(new H2(getTranslation("plan.status.summary")), summary);
            refreshSummary();
        }
        chooser.setValue(organisations.values().iterator().next());
    }

    private Map<Long, OrganisationSummary> visibleOrganisations(OrganisationService organisation) {
        var result = new LinkedHashMap<Long, OrganisationSummary>();
        for (var grant : organisation.myProfile().grants()) {
            List<OrganisationSummary> found = switch (grant.scopeType()) {
                case REGION -> organisation.organisations();
                case CLUSTER -> organisation.organisationsServing(grant.scopeId());
                case ORGANISATION -> organisation.organisation(grant.scopeId()).stream().toList();
                case UNIT -> organisation.unit(grant.scopeId())
                        .flatMap(u -> organisation.organisation(u.organisationId())).stream().toList();
            };
            if (grant.role() != dk.sambo.portal.organisation.Role.STAFF
                    && grant.role() != dk.sambo.portal.organisation.Role.CULTURE_BEARER) {
                found.forEach(o -> result.putIfAbsent(o.id(), o));
            }
        }
        return result;
    }

    private void refreshSummary() {
        summary.setItems(plan.progress(List.copyOf(organisations.keySet())));
    }

    private void renderChecklist() {
        checklist.removeAll();
        var org = chooser.getValue();
        if (org == null) {
            return;
        }
        var statuses = plan.statusOf(org.id());
        boolean editable = plan.mayEditStatus(org.id());
        var activities = plan.activities().stream().filter(PlanService.Activity::tracked).toList();
        long done = activities.stream().filter(a -> statuses.containsKey(a.id()) && statuses.get(a.id()).done())
                .count();
        var total = new Span(getTranslation("plan.status.done-of", done, activities.size()));
        total.addClassName("plan-status-total");
        checklist.add(total);
        if (!editable) {
            checklist.add(new Paragraph(getTranslation("plan.status.read-only")));
        }
        for (var phase : plan.phases()) {
            var items = activities.stream().filter(a -> a.phaseId() == phase.id()).toList();
            if (items.isEmpty()) {
                continue;
            }
            checklist.add(new H2(phase.name(getLocale())));
            for (var activity : items) {
                var status = statuses.get(activity.id());
                boolean isDone = status != null && status.done();
                var box = new Checkbox(activity.checkpoint(getLocale()), isDone);
                box.setEnabled(editable);
                var date = new DatePicker();
                date.setLocale(getLocale());
                date.setMax(LocalDate.now(clock));
                date.setValue(isDone ? status.doneOn() : LocalDate.now(clock));
                date.setEnabled(editable);
                date.setAriaLabel(getTranslation("plan.status.date"));
                date.setWidth("10rem");
                var meta = new Span(status == null ? "" : getTranslation(isDone ? "plan.status.by" : "plan.status.undone-by",
                        status.changedBy(), Formats.dateTime(status.changedAt(), getLocale()),
                        status.doneOn() == null ? "" : Formats.date(status.doneOn(), getLocale())));
                meta.addClassName("plan-status-meta");
                box.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        plan.setStatus(org.id(), activity.id(), e.getValue(), date.getValue());
                        renderChecklist();
                        if (organisations.size() > 1) {
                            refreshSummary();
                        }
                    }
                });
                var row = new Div(box, date, meta);
                row.addClassName("plan-status-row");
                checklist.add(row);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.status.nav");
    }
}
