package dk.sambo.portal.barrier.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import dk.sambo.portal.barrier.BarrierKind;
import dk.sambo.portal.barrier.BarrierLog;
import dk.sambo.portal.barrier.BarrierLog.Draft;
import dk.sambo.portal.barrier.BarrierLog.Entry;
import dk.sambo.portal.barrier.BarrierStatus;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.shared.ui.Forms;
import dk.sambo.portal.shared.ui.PatientDataFields;

/**
 * Records or changes one barrier: unit, kind, description, action, owner, due date and status. Every missing field
 * and every text with a CPR number is marked at once; {@link #draft()} gives the command only when all is well.
 */
public class BarrierForm extends FormLayout {

    /** The form's values; the constraints' messages are translation keys. Public for the binder. */
    public static class Fields {
        private @Nullable UnitSummary unit;
        private @Nullable BarrierKind kind;
        private String description = "";
        private String action = "";
        private @Nullable PersonSummary owner;
        private @Nullable LocalDate due;
        private BarrierStatus status = BarrierStatus.OPEN;

        @NotNull(message = "barrier.error.unit")
        public @Nullable UnitSummary getUnit() {
            return unit;
        }

        public void setUnit(@Nullable UnitSummary unit) {
            this.unit = unit;
        }

        @NotNull(message = "barrier.error.kind")
        public @Nullable BarrierKind getKind() {
            return kind;
        }

        public void setKind(@Nullable BarrierKind kind) {
            this.kind = kind;
        }

        @NotBlank(message = "barrier.error.description")
        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public @Nullable PersonSummary getOwner() {
            return owner;
        }

        public void setOwner(@Nullable PersonSummary owner) {
            this.owner = owner;
        }

        public @Nullable LocalDate getDue() {
            return due;
        }

        public void setDue(@Nullable LocalDate due) {
            this.due = due;
        }

        @NotNull(message = "barrier.error.status")
        public BarrierStatus getStatus() {
            return status;
        }

        public void setStatus(BarrierStatus status) {
            this.status = status;
        }
    }

    private final BeanValidationBinder<Fields> binder = Forms.binder(Fields.class);
    private final TextArea description = new TextArea(getTranslation("barrier.description"));
    private final TextArea action = new TextArea(getTranslation("barrier.action"));

    public BarrierForm(BarrierLog log, @Nullable Entry existing) {
        // Only open units; a barrier already recorded for a unit that has closed since keeps its unit.
        var units = log.writableUnits().stream()
                .filter(u -> u.isOpen() || (existing != null && u.id() == existing.unitId())).toList();
        var unit = new ComboBox<UnitSummary>(getTranslation("barrier.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name() + ", " + u.organisationName());
        var kind = new Select<BarrierKind>();
        kind.setLabel(getTranslation("barrier.kind"));
        kind.setItems(BarrierKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("barrier.kind." + k));
        kind.setHelperText(getTranslation("barrier.kind.help"));
        description.setMaxLength(2000);
        description.setHelperText(getTranslation("barrier.no-patient-data"));
        action.setMaxLength(2000);
        var owner = new ComboBox<PersonSummary>(getTranslation("barrier.owner"));
        owner.setItemLabelGenerator(p -> p.name() + (p.jobTitle() == null ? "" : " · " + p.jobTitle()));
        unit.addValueChangeListener(e -> owner.setItems(e.getValue() == null ? List.of()
                : log.possibleOwners(e.getValue().id())));
        var due = new DatePicker(getTranslation("barrier.due"));
        due.setLocale(getLocale());
        var status = new Select<BarrierStatus>();
        status.setLabel(getTranslation("barrier.status"));
        status.setItems(BarrierStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("barrier.status." + s));
        binder.bind(unit, "unit");
        binder.bind(kind, "kind");
        binder.bind(description, "description");
        binder.bind(action, "action");
        binder.bind(owner, "owner");
        binder.bind(due, "due");
        binder.bind(status, "status");

        var values = new Fields();
        if (existing != null) {
            values.setUnit(units.stream().filter(u -> u.id() == existing.unitId()).findFirst().orElse(null));
            values.setKind(existing.kind());
            values.setDescription(existing.description());
            values.setAction(existing.action() == null ? "" : existing.action());
            values.setDue(existing.dueOn());
            values.setStatus(existing.status());
        } else if (units.size() == 1) {
            values.setUnit(units.getFirst());
        }
        binder.readBean(values);
        if (existing != null && existing.ownerId() != null && unit.getValue() != null) {
            log.possibleOwners(existing.unitId()).stream().filter(p -> p.id() == existing.ownerId()).findFirst()
                    .ifPresent(owner::setValue);
        }
        add(unit, kind, description, action, owner, due, status);
        setColspan(description, 2);
        setColspan(action, 2);
    }

    /** The command when every field is fine; otherwise empty, with every problem marked on its field. */
    public Optional<Draft> draft() {
        boolean complete = binder.validate().isOk();
        // Both texts are checked at once; each one with a CPR number is marked inline (issue 10).
        boolean clean = PatientDataFields.markAll(description, action);
        var values = new Fields();
        if (!complete || !clean || !binder.writeBeanIfValid(values)) {
            return Optional.empty();
        }
        var unit = java.util.Objects.requireNonNull(values.getUnit());
        return Optional.of(new Draft(unit.id(), java.util.Objects.requireNonNull(values.getKind()),
                values.getDescription(), values.getAction(), values.getOwner() == null ? null : values.getOwner().id(),
                values.getDue(), values.getStatus()));
    }
}
