package dk.sambo.portal.plan;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import dk.sambo.portal.plan.PlanService.Activity;
import dk.sambo.portal.plan.PlanService.Phase;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.shared.ui.PatientDataFields;

/**
 * The implementation plan as a matrix: the four phases as a timeline across, the target groups down, each cell
 * the group's activities in that phase. Checkpoints that organisations tick off are marked. The strategic level
 * edits texts and dates in place.
 */
@Route("plan")
@PermitAll
@Menu(order = 30, title = "plan.nav", icon = "vaadin:road-branches")
@StyleSheet("./assets/roles.css")
class PlanView extends VerticalLayout implements HasDynamicTitle {

    private final PlanService plan;
    private final Clock clock;
    private final Div matrix = new Div();

    PlanView(PlanService plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
        addClassName("roles-page");
        matrix.addClassName("plan-matrix");
        var statusLink = new RouterLink(getTranslation("plan.status.link"), PlanStatusView.class);
        // Only for those who may open it (staff and culture bearers got a link to a page that refused them).
        statusLink.setVisible(new com.vaadin.flow.server.auth.AccessAnnotationChecker().hasAccess(PlanStatusView.class));
        add(new H1(getTranslation("plan.heading")), new Paragraph(getTranslation("plan.intro")), statusLink, matrix);
        render();
    }

    private void render() {
        matrix.removeAll();
        var phases = plan.phases();
        var activities = plan.activities();
        var today = LocalDate.now(clock);
        boolean editable = plan.mayEditPlan();
        matrix.add(cell("plan-corner", new Span(getTranslation("plan.target-group"))));
        for (var phase : phases) {
            matrix.add(phaseHeader(phase, today, editable));
        }
        TargetGroup.Audience audience = null;
        for (var group : TargetGroup.values()) {
            if (group.audience() != audience) {
                audience = group.audience();
                var band = cell("plan-audience", new Span(getTranslation("plan.audience." + audience.name())));
                band.getStyle().set("grid-column", "1 / span " + (phases.size() + 1));
                matrix.add(band);
            }
            matrix.add(cell("plan-group", new Span(getTranslation("plan.group." + group.name()))));
            for (var phase : phases) {
                var cell = cell("plan-cell");
                if (phase.underWay(today)) {
                    cell.addClassName("plan-now");
                }
                activities.stream().filter(a -> a.phaseId() == phase.id() && a.targetGroup() == group)
                        .forEach(a -> cell.add(activity(a, editable)));
                if (editable) {
                    var add = new Button(VaadinIcon.PLUS.create(), e -> editActivity(null, phase, group));
                    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    add.setAriaLabel(getTranslation("plan.activity.add"));
                    add.setTooltipText(getTranslation("plan.activity.add"));
                    cell.add(add);
                }
                matrix.add(cell);
            }
        }
        matrix.getStyle().set("grid-template-columns", "12rem repeat(" + phases.size() + ", minmax(12rem, 1fr))");
    }

    private Component phaseHeader(Phase phase, LocalDate today, boolean editable) {
        var header = cell("plan-phase");
        var name = new Span(phase.name(getLocale()));
        name.addClassName("plan-phase-name");
        var state = phase.ended(today) ? "ended" : phase.underWay(today) ? "now" : "coming";
        var badge = new Span(getTranslation("plan.phase.state." + state));
        badge.addClassNames("roles-badge", state.equals("now") ? "roles-badge-ok" : "roles-badge-muted");
        var dates = new Span(Formats.date(phase.startsOn(), getLocale()) + " – "
                + (phase.endsOn() == null ? getTranslation("plan.ongoing") : Formats.date(phase.endsOn(), getLocale())));
        dates.addClassName("plan-phase-dates");
        var timing = new Span(phase.timing(getLocale()));
        timing.addClassName("plan-phase-timing");
        var purpose = new Paragraph(phase.purpose(getLocale()));
        purpose.addClassName("plan-phase-purpose");
        header.add(name, badge, timing, dates, purpose);
        if (phase.underWay(today)) {
            header.addClassName("plan-now");
        }
        if (editable) {
            var edit = new Button(getTranslation("plan.edit"), VaadinIcon.EDIT.create(), e -> editPhase(phase));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            header.add(edit);
        }
        return header;
    }

    private Component activity(Activity a, boolean editable) {
        var box = new Div(new Paragraph(a.text(getLocale())));
        box.addClassName("plan-activity");
        if (a.tracked()) {
            var checkpoint = new Span(VaadinIcon.CHECK_SQUARE_O.create(), new Span(a.checkpoint(getLocale())));
            checkpoint.addClassName("plan-checkpoint");
            checkpoint.setTitle(getTranslation("plan.checkpoint.explain"));
            box.add(checkpoint);
        }
        if (editable) {
            var edit = new Button(VaadinIcon.EDIT.create(), e -> editActivity(a, null, a.targetGroup()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("plan.edit"));
            box.add(edit);
        }
        return box;
    }

    private void editPhase(Phase phase) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plan.phase.edit", phase.name(getLocale())));
        var purposeDa = area("plan.phase.purpose.da", phase.purposeDa());
        var purposeEn = area("plan.phase.purpose.en", phase.purposeEn());
        var timingDa = new TextField(getTranslation("plan.phase.timing.da"), phase.timingDa(), "");
        var timingEn = new TextField(getTranslation("plan.phase.timing.en"), phase.timingEn(), "");
        timingDa.setMaxLength(200);
        timingEn.setMaxLength(200);
        var starts = new DatePicker(getTranslation("plan.phase.starts"), phase.startsOn());
        var ends = new DatePicker(getTranslation("plan.phase.ends"), phase.endsOn());
        ends.setHelperText(getTranslation("plan.phase.ends.help"));
        starts.setLocale(getLocale());
        ends.setLocale(getLocale());
        var save = new Button(getTranslation("action.save"), e -> {
            if (starts.getValue() == null) {
                starts.setInvalid(true);
                return;
            }
            if (ends.getValue() != null && ends.getValue().isBefore(starts.getValue())) {
                ends.setErrorMessage(getTranslation("plan.error.period"));
                ends.setInvalid(true);
                return;
            }
            if (!PatientDataFields.markAll(purposeDa, purposeEn, timingDa, timingEn)) {
                return;
            }
            plan.updatePhase(phase.id(), phase.version(), purposeDa.getValue(), purposeEn.getValue(),
                    timingDa.getValue(), timingEn.getValue(), starts.getValue(), ends.getValue());
            dialog.close();
            render();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(purposeDa, purposeEn, timingDa, timingEn, starts, ends));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("48rem");
        dialog.open();
    }

    private void editActivity(Activity existing, Phase phase, TargetGroup group) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "plan.activity.add" : "plan.activity.edit"));
        var textDa = area("plan.activity.text.da", existing == null ? "" : existing.textDa());
        var textEn = area("plan.activity.text.en", existing == null ? "" : existing.textEn());
        var checkDa = new TextField(getTranslation("plan.activity.checkpoint.da"),
                existing == null || existing.checkpointDa() == null ? "" : existing.checkpointDa(), "");
        var checkEn = new TextField(getTranslation("plan.activity.checkpoint.en"),
                existing == null || existing.checkpointEn() == null ? "" : existing.checkpointEn(), "");
        checkDa.setMaxLength(300);
        checkEn.setMaxLength(300);
        checkDa.setHelperText(getTranslation("plan.activity.checkpoint.help"));
        var save = new Button(getTranslation("action.save"), e -> {
            textDa.setInvalid(textDa.isEmpty());
            textEn.setInvalid(textEn.isEmpty());
            if (textDa.isInvalid() || textEn.isInvalid()) {
                return;
            }
            if (!PatientDataFields.markAll(textDa, textEn, checkDa, checkEn)) {
                return;
            }
            plan.saveActivity(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                    existing == null ? phase.id() : existing.phaseId(), group, textDa.getValue(), textEn.getValue(),
                    checkDa.getValue(), checkEn.getValue());
            dialog.close();
            render();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(textDa, textEn, checkDa, checkEn);
        dialog.add(new Paragraph(getTranslation("plan.group." + group.name())), form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("48rem");
        dialog.open();
    }

    private TextArea area(String key, String value) {
        var area = new TextArea(getTranslation(key));
        area.setValue(value);
        area.setMaxLength(4000);
        area.setMinRows(3);
        return area;
    }

    private static Div cell(String className, Component... content) {
        var div = new Div(content);
        div.addClassName(className);
        return div;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.nav");
    }
}
