package dk.sambo.portal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import dk.sambo.portal.plan.PlanService.Activity;
import dk.sambo.portal.plan.PlanService.ActivityText;
import dk.sambo.portal.plan.PlanService.Phase;
import dk.sambo.portal.plan.PlanService.PhaseText;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.FormDialog;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.shared.ui.Forms;
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
    private final PlanEditing editing;
    private final Clock clock;
    private final Div matrix = new Div();

    PlanView(PlanService plan, PlanEditing editing, Clock clock) {
        this.plan = plan;
        this.editing = editing;
        this.clock = clock;
        addClassName("roles-page");
        matrix.addClassName("plan-matrix");
        // The matrix scrolls sideways on narrow windows: a named region that takes focus, so keyboard users can
        // scroll it with the arrow keys (WCAG 2.1.1, axe scrollable-region-focusable).
        matrix.getElement().setAttribute("role", "region");
        matrix.getElement().setAttribute("aria-label", getTranslation("plan.heading"));
        matrix.getElement().setAttribute("tabindex", "0");
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
        var purposeDa = area("plan.phase.purpose.da");
        var purposeEn = area("plan.phase.purpose.en");
        var timingDa = new TextField(getTranslation("plan.phase.timing.da"));
        var timingEn = new TextField(getTranslation("plan.phase.timing.en"));
        timingDa.setMaxLength(200);
        timingEn.setMaxLength(200);
        var starts = new DatePicker(getTranslation("plan.phase.starts"));
        var ends = new DatePicker(getTranslation("plan.phase.ends"));
        ends.setHelperText(getTranslation("plan.phase.ends.help"));
        starts.setLocale(getLocale());
        ends.setLocale(getLocale());
        var binder = Forms.binder(PhaseText.class);
        binder.forField(purposeDa).bind("purposeDa");
        binder.forField(purposeEn).bind("purposeEn");
        binder.forField(timingDa).bind("timingDa");
        binder.forField(timingEn).bind("timingEn");
        binder.forField(starts).bind("startsOn");
        binder.forField(ends).withValidator(end -> end == null || starts.getValue() == null
                || !end.isBefore(starts.getValue()), getTranslation("plan.error.period")).bind("endsOn");
        binder.readRecord(new PhaseText(phase.purposeDa(), phase.purposeEn(), phase.timingDa(), phase.timingEn(),
                phase.startsOn(), phase.endsOn()));
        var fields = new HasValidation[] {purposeDa, purposeEn, timingDa, timingEn};
        var dialog = new FormDialog(this, getTranslation("plan.phase.edit", phase.name(getLocale())),
                () -> valid(binder, fields) && Feedback.attempt(this, () -> {
                    editing.updatePhase(phase.id(), phase.version(), write(binder));
                    render();
                }, Map.of("endsOn", ends, "startsOn", starts)));
        dialog.addFields(purposeDa, purposeEn, timingDa, timingEn, starts, ends);
        dialog.setWidth("48rem");
        dialog.open();
    }

    private void editActivity(@Nullable Activity existing, @Nullable Phase phase, TargetGroup group) {
        var textDa = area("plan.activity.text.da");
        var textEn = area("plan.activity.text.en");
        var checkDa = new TextField(getTranslation("plan.activity.checkpoint.da"));
        var checkEn = new TextField(getTranslation("plan.activity.checkpoint.en"));
        checkDa.setMaxLength(300);
        checkEn.setMaxLength(300);
        checkDa.setHelperText(getTranslation("plan.activity.checkpoint.help"));
        var binder = Forms.binder(ActivityText.class);
        binder.forField(textDa).bind("textDa");
        binder.forField(textEn).bind("textEn");
        binder.forField(checkDa).bind("checkpointDa");
        binder.forField(checkEn).bind("checkpointEn");
        if (existing != null) {
            binder.readRecord(new ActivityText(existing.textDa(), existing.textEn(), existing.checkpointDa(),
                    existing.checkpointEn()));
        }
        long phaseId = existing != null ? existing.phaseId() : java.util.Objects.requireNonNull(phase).id();
        var fields = new HasValidation[] {textDa, textEn, checkDa, checkEn};
        var dialog = new FormDialog(this, getTranslation(existing == null ? "plan.activity.add" : "plan.activity.edit"),
                () -> valid(binder, fields) && Feedback.attempt(this, () -> {
                    editing.saveActivity(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                            phaseId, group, write(binder));
                    render();
                }, Map.of("textDa", textDa, "textEn", textEn)));
        dialog.addComponentAsFirst(new Paragraph(getTranslation("plan.group." + group.name())));
        dialog.addFields(textDa, textEn, checkDa, checkEn);
        dialog.setWidth("48rem");
        dialog.open();
    }

    /** Marks every missing field and every text with a CPR number at once; true when all is well. */
    private static boolean valid(Binder<?> binder, HasValidation... texts) {
        boolean complete = binder.validate().isOk();
        return PatientDataFields.markAll(texts) && complete;
    }

    private static <T> T write(Binder<T> binder) {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("validated before", e);
        }
    }

    private TextArea area(String key) {
        var area = new TextArea(getTranslation(key));
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
