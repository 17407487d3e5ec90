package dk.sambo.portal.spreading.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.Forms;
import dk.sambo.portal.shared.ui.PatientDataFields;
import dk.sambo.portal.spreading.Decision;
import dk.sambo.portal.spreading.ImplementationKey;
import dk.sambo.portal.spreading.SpreadingDecisions;

/**
 * One spreading decision: the checklist of seed 004 (gains, implementation strength and will, support and
 * ownership, links to other initiatives), the core-versus-local table, the implementation keys and the decision.
 * Read-only for those who may not decide. "ny" starts a new one.
 */
@Route("spredning/:id")
@RolesAllowed({"STRATEGIC", "IMPLEMENTING", "POLITICAL", "SENIOR_MANAGER", "ADMIN"})
@StyleSheet("./assets/roles.css")
class SpreadingEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SpreadingDecisions decisions;
    private final Clock clock;
    private final H1 heading = new H1();
    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea summary = area("spreading.summary", "spreading.summary.help");
    private final TextArea gains = area("spreading.gains", "spreading.gains.help");
    private final RadioButtonGroup<Boolean> documented = new RadioButtonGroup<>();
    private final TextArea strength = area("spreading.strength", "spreading.strength.help");
    private final TextArea costs = area("spreading.costs", "spreading.costs.help");
    private final TextArea support = area("spreading.support", "spreading.support.help");
    private final TextArea actors = area("spreading.actors", "spreading.actors.help");
    private final TextArea links = area("spreading.links", "spreading.links.help");
    private final TextArea coreActivities = area("spreading.core", "spreading.core.activities.help");
    private final TextArea localActivities = area("spreading.local", "spreading.local.activities.help");
    private final TextArea coreWays = area("spreading.core", "spreading.core.ways.help");
    private final TextArea localWays = area("spreading.local", "spreading.local.ways.help");
    private final TextArea coreOrganisation = area("spreading.core", "spreading.core.organisation.help");
    private final TextArea localOrganisation = area("spreading.local", "spreading.local.organisation.help");
    private final CheckboxGroup<ImplementationKey> keys = new CheckboxGroup<>();
    private final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    private final DatePicker decidedOn = new DatePicker();
    private final Div actions = new Div();
    private final BeanValidationBinder<SpreadingDecisions.Draft> binder = Forms.binder(SpreadingDecisions.Draft.class);
    private SpreadingDecisions.@Nullable View current;

    SpreadingEditView(SpreadingDecisions decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
        addClassNames("roles-page", "spreading-form");
        cluster.setLabel(getTranslation("spreading.cluster"));
        cluster.setItemLabelGenerator(ClusterSummary::name);
        cluster.setHelperText(getTranslation("spreading.cluster.help"));
        cluster.setClearButtonVisible(true);
        title.setLabel(getTranslation("spreading.title"));
        title.setMaxLength(200);
        title.setWidthFull();
        documented.setLabel(getTranslation("spreading.gains.documented"));
        documented.setItems(true, false);
        documented.setItemLabelGenerator(b -> getTranslation(b ? "spreading.documented" : "spreading.estimated"));
        keys.setLabel(getTranslation("spreading.keys"));
        keys.setItems(ImplementationKey.values());
        keys.setItemLabelGenerator(k -> getTranslation("spreading.key." + k));
        keys.addClassName("spreading-keys");
        decision.setLabel(getTranslation("spreading.decision"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> getTranslation("spreading.decision." + d));
        decidedOn.setLabel(getTranslation("spreading.decided-on"));
        decidedOn.setLocale(getLocale());

        var table = new Div(header(""), header("spreading.core.heading"), header("spreading.local.heading"),
                rowLabel("spreading.row.activities"), coreActivities, localActivities,
                rowLabel("spreading.row.ways"), coreWays, localWays,
                rowLabel("spreading.row.organisation"), coreOrganisation, localOrganisation);
        table.addClassName("spreading-core-table");
        var keyHelp = new Paragraph(getTranslation("spreading.keys.help"));
        keyHelp.addClassName("spreading-help");
        add(heading, new FormLayout(title, cluster), summary,
                new H2(getTranslation("spreading.checklist")), gains, documented, strength, costs, support, actors, links,
                new H2(getTranslation("spreading.core-local")), new Paragraph(getTranslation("spreading.core-local.help")),
                table, new H2(getTranslation("spreading.keys")), keyHelp, keys,
                new H2(getTranslation("spreading.decision")), new FormLayout(decision, decidedOn), actions);
        actions.addClassName("roles-toolbar");
        bind();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").orElse("ny");
        cluster.setItems(decisions.writableClusters());
        if ("ny".equals(id)) {
            current = null;
            heading.setText(getTranslation("spreading.new"));
            documented.setValue(false);
            decision.setValue(Decision.PENDING);
            var writable = decisions.writableClusters();
            if (writable.size() == 1) {
                cluster.setValue(writable.getFirst());
            }
            if (writable.isEmpty() && !decisions.mayWrite(null)) {
                throw new org.springframework.security.access.AccessDeniedException("Not a strategic level");
            }
        } else {
            long parsed;
            try {
                parsed = Long.parseLong(id);
            } catch (NumberFormatException e) {
                throw new NotFoundException();
            }
            current = decisions.get(parsed).orElseThrow(NotFoundException::new);
            fill(current);
        }
        boolean editable = current == null || decisions.mayWrite(current.content().clusterId());
        setReadOnly(!editable);
        actions.removeAll();
        if (editable) {
            var save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClassName("spreading-save");
            actions.add(save);
        }
        if (current != null) {
            var print = new Anchor("spredning/" + current.id() + "/print", getTranslation("spreading.print"));
            print.setTarget("_blank");
            actions.add(print);
        }
        actions.add(new Anchor("spredning", getTranslation("spreading.back")));
    }

    private void fill(SpreadingDecisions.View v) {
        var c = v.content();
        heading.setText(c.title());
        binder.readRecord(c);
        if (c.clusterId() != null && cluster.getValue() == null) {
            cluster.setPlaceholder(v.clusterName());
        } else if (c.clusterId() == null) {
            cluster.setPlaceholder(getTranslation("spreading.region"));
        }
    }

    private void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    private void save() {
        if (decision.getValue() != Decision.PENDING && decidedOn.getValue() == null) {
            decidedOn.setValue(LocalDate.now(clock));
        }
        boolean complete = binder.validate().isOk();
        // Every text with a CPR number is marked on its field at once (issue 10), before the service refuses it.
        boolean clean = PatientDataFields.markAll(title, summary, gains, strength, costs, support, actors, links,
                coreActivities, localActivities, coreWays, localWays, coreOrganisation, localOrganisation);
        if (!complete || !clean) {
            return;
        }
        SpreadingDecisions.Draft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        var saved = new long[1];
        if (Feedback.attempt(this, () -> saved[0] = current == null ? decisions.create(draft)
                : decisions.update(current.id(), current.version(), draft))) {
            Feedback.success(getTranslation("spreading.saved"));
            getUI().ifPresent(ui -> ui.navigate("spredning/" + saved[0]));
        }
    }

    /** Binds every field to its component of the command record, so the form and the service speak one language. */
    private void bind() {
        binder.forField(cluster).withConverter(c -> c == null ? null : c.id(), this::writableCluster)
                .bind("clusterId");
        binder.forField(title).bind("title");
        binder.forField(summary).bind("summary");
        binder.forField(gains).bind("gains");
        binder.forField(documented).withNullRepresentation(false).bind("gainsDocumented");
        binder.forField(strength).bind("strengthAndWill");
        binder.forField(costs).bind("costs");
        binder.forField(support).bind("supportAndOwnership");
        binder.forField(actors).bind("actors");
        binder.forField(links).bind("linksToOther");
        binder.forField(coreActivities).bind("coreActivities");
        binder.forField(localActivities).bind("localActivities");
        binder.forField(coreWays).bind("coreWays");
        binder.forField(localWays).bind("localWays");
        binder.forField(coreOrganisation).bind("coreOrganisation");
        binder.forField(localOrganisation).bind("localOrganisation");
        binder.forField(keys).withConverter(
                k -> k.isEmpty() ? EnumSet.noneOf(ImplementationKey.class) : EnumSet.copyOf(k),
                k -> k).bind("keys");
        binder.forField(decision).bind("decision");
        binder.forField(decidedOn).bind("decidedOn");
    }

    private @Nullable ClusterSummary writableCluster(@Nullable Long id) {
        return id == null ? null : decisions.writableClusters().stream().filter(c -> c.id() == id).findFirst()
                .orElse(null);
    }

    private TextArea area(String labelKey, String helpKey) {
        var area = new TextArea(getTranslation(labelKey));
        area.setHelperText(getTranslation(helpKey));
        area.setMaxLength(4000);
        area.setWidthFull();
        return area;
    }

    private Span header(String key) {
        var span = new Span(key.isEmpty() ? "" : getTranslation(key));
        span.addClassName("spreading-table-header");
        return span;
    }

    private Span rowLabel(String key) {
        var span = new Span(getTranslation(key));
        span.addClassName("spreading-row-label");
        return span;
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("spreading.new") : current.content().title();
    }
}
