package dk.sambo.portal.training.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanPropertySet;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.PropertyId;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.Forms;
import dk.sambo.portal.shared.ui.PatientDataFields;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.training.domain.Audience;
import dk.sambo.portal.training.domain.SessionData;
import dk.sambo.portal.training.ui.SessionForm.ScopeOption;
import dk.sambo.portal.training.domain.SessionInfo;
import dk.sambo.portal.training.domain.SessionType;
import dk.sambo.portal.training.domain.TrainingCalendar;
import dk.sambo.portal.training.domain.TrainingSessions;

/**
 * Create or edit a session. Offers only the types and scopes the reader may create. The fields are bound to a
 * {@link SessionForm}: its Bean Validation rules show at every field at once, then the service checks again and
 * its refusals (in the reader's language) show at the fields they name. Nothing is saved on an error.
 */
@Route("kalender/rediger")
@RolesAllowed({"ADMIN", "STRATEGIC", "IMPLEMENTING", "CULTURE_BEARER", "LINE_MANAGER", "SENIOR_MANAGER"})
@StyleSheet("./assets/training.css")
class SessionFormView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TrainingCalendar calendar;
    private final TrainingSessions sessions;
    private final SessionFormChoices choices;
    private final java.time.Clock clock;

    final Select<SessionType> type = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final TextField place = new TextField();
    final TextField onlineLink = new TextField();
    final ComboBox<ScopeOption> scope = new ComboBox<>();
    final CheckboxGroup<Audience> audiences = new CheckboxGroup<>();
    final IntegerField capacity = new IntegerField();
    @PropertyId("signupDeadline")
    final DateTimePicker deadline = new DateTimePicker();
    @PropertyId("approvalRequired")
    final Checkbox approval = new Checkbox();
    final MultiSelectComboBox<PersonSummary> organisers = new MultiSelectComboBox<>();
    final Button save = new Button();
    private final BeanValidationBinder<SessionForm> binder = Forms.binder(SessionForm.class);
    private final Map<SessionType, List<ScopeOption>> optionsByType = new LinkedHashMap<>();
    private @Nullable SessionInfo existing;
    /** Slut was typed by the person (or saved before): moving Start then leaves it where they put it. */
    private boolean endChosen;

    SessionFormView(TrainingCalendar calendar, TrainingSessions sessions, SessionFormChoices choices,
            java.time.Clock clock) {
        this.calendar = calendar;
        this.sessions = sessions;
        this.choices = choices;
        this.clock = clock;
        addClassName("training-form-view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long sessionId) {
        if (sessionId != null) {
            existing = calendar.session(sessionId).filter(SessionInfo::mayManage).orElseThrow(NotFoundException::new);
        }
        build();
    }

    private void build() {
        removeAll();
        add(new H1(getTranslation(existing == null ? "training.form.new" : "training.form.edit")));
        optionsByType.clear();
        optionsByType.putAll(choices.scopesByType(existing, this::getTranslation));
        if (optionsByType.isEmpty()) {
            add(new Div(getTranslation("training.form.nothing-allowed")));
            return;
        }
        type.setLabel(getTranslation("training.form.type"));
        type.setItems(optionsByType.keySet());
        type.setItemLabelGenerator(t -> getTranslation("training.type." + t.name()));
        type.addValueChangeListener(e -> {
            var options = e.getValue() == null ? List.<ScopeOption>of() : optionsByType.get(e.getValue());
            var previous = scope.getValue();
            scope.setItems(options);
            scope.setValue(options.contains(previous) ? previous : options.isEmpty() ? null : options.getFirst());
            if (e.isFromClient() && existing == null && e.getValue() != null) {
                applyTypeDefaults(e.getValue());
            }
        });
        title.setLabel(getTranslation("training.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setMaxLength(SessionData.TITLE_MAX);
        description.setLabel(getTranslation("training.field.description"));
        description.setWidthFull();
        description.setMaxLength(SessionData.DESCRIPTION_MAX);
        description.setMinHeight("8em");
        start.setLabel(getTranslation("training.field.start"));
        end.setLabel(getTranslation("training.field.end"));
        for (var picker : List.of(start, end, deadline)) {
            picker.setLocale(getLocale());
            picker.setStep(java.time.Duration.ofMinutes(15));
        }
        end.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                endChosen = true;
            }
            if (e.getValue() != null && start.getValue() != null && e.getValue().isAfter(start.getValue())) {
                end.setInvalid(false);
            }
        });
        start.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null || e.getOldValue() == null || end.getValue() == null) {
                return;
            }
            if (!endChosen && existing == null) {
                // Slut still holds the default: moving the start keeps the length, as calendar programs do.
                end.setValue(end.getValue().plus(ChronoUnit.MINUTES.between(e.getOldValue(), e.getValue()),
                        ChronoUnit.MINUTES));
            } else if (!end.getValue().isAfter(e.getValue())) {
                // Slut is the person's own choice: leave it, and say at once that it now lies before Start.
                end.setErrorMessage(getTranslation("training.error.end-before-start"));
                end.setInvalid(true);
            }
        });
        place.setLabel(getTranslation("training.field.place"));
        place.setWidthFull();
        place.setMaxLength(SessionData.PLACE_MAX);
        onlineLink.setLabel(getTranslation("training.field.online-link"));
        onlineLink.setPlaceholder("https://");
        onlineLink.setWidthFull();
        onlineLink.setMaxLength(SessionData.LINK_MAX);
        scope.setLabel(getTranslation("training.field.scope"));
        scope.setItemLabelGenerator(ScopeOption::label);
        scope.setWidthFull();
        audiences.setLabel(getTranslation("training.field.audience"));
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(a -> getTranslation("training.audience." + a.name()));
        capacity.setLabel(getTranslation("training.field.capacity"));
        capacity.setStepButtonsVisible(true);
        capacity.setMin(1);
        deadline.setLabel(getTranslation("training.field.deadline"));
        deadline.setHelperText(getTranslation("training.field.deadline-help"));
        approval.setLabel(getTranslation("training.field.approval"));
        organisers.setLabel(getTranslation("training.field.co-organisers"));
        organisers.setItemLabelGenerator(p -> p.name() + (p.unitName() == null ? "" : " · " + p.unitName()));
        organisers.setWidthFull();
        organisers.setItems(choices.organiserCandidates());

        List.<HasValue<?, ?>>of(type, scope, title, start, end, audiences, capacity)
                .forEach(required -> required.setRequiredIndicatorVisible(true));
        if (binder.getFields().findAny().isEmpty()) {
            // The components' own checks (maxLength, min) have no translated message: the bean's rules say the same.
            binder.setDefaultValidatorsEnabled(false);
            binder.bindInstanceFields(this);
        }

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(type, scope);
        form.add(title, 2);
        form.add(start, end, place, onlineLink);
        form.add(description, 2);
        form.add(audiences, 2);
        form.add(capacity, deadline, approval);
        form.add(organisers, 2);
        add(form);

        save.setText(getTranslation(existing == null ? "training.form.create" : "training.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClassName("save-session");
        var cancel = new Button(getTranslation("training.action.cancel"), e -> getUI().ifPresent(ui -> {
            if (existing == null) {
                ui.navigate(CalendarView.class);
            } else {
                ui.navigate(SessionView.class, existing.id());
            }
        }));
        add(new HorizontalLayout(save, cancel));
        fill();
    }

    private void fill() {
        if (existing != null) {
            var me = choices.me();
            var chosen = existing.organisers().stream().filter(p -> p.id() != me).toList();
            var candidates = new ArrayList<>(choices.organiserCandidates());
            chosen.stream().filter(p -> candidates.stream().noneMatch(c -> c.id() == p.id())).forEach(candidates::add);
            organisers.setItems(candidates);
            var option = optionsByType.getOrDefault(existing.type(), List.of()).stream()
                    .filter(o -> o.scope() == existing.scope() && o.id() == existing.scopeId()).findFirst()
                    .orElse(null);
            binder.readBean(SessionForm.of(existing, option, Set.copyOf(candidates.stream()
                    .filter(c -> chosen.stream().anyMatch(p -> p.id() == c.id())).toList())));
        } else {
            binder.readBean(new SessionForm());
            var first = optionsByType.keySet().iterator().next();
            type.setValue(first);
            applyTypeDefaults(first);
        }
    }

    /** Sensible starting values for a new session of a type: cross-sector teaching is longer and bigger. */
    private void applyTypeDefaults(SessionType t) {
        var day = LocalDate.ofInstant(clock.instant(), Formats.zone()).plusDays(7);
        boolean teaching = t.crossSector();
        start.setValue(LocalDateTime.of(day, teaching ? LocalTime.of(9, 0) : LocalTime.of(13, 30)));
        end.setValue(start.getValue().plusMinutes(teaching ? 180 : 30));
        capacity.setValue(teaching ? 40 : 12);
        audiences.setValue(t == SessionType.LEADER_SESSION ? EnumSet.of(Audience.LEADERS)
                : EnumSet.of(Audience.STAFF_IN_DEPTH, Audience.STAFF_OVERALL));
    }

    /**
     * The form's own rules first, every field at once, and every CPR number marked inline (issue 10); then the
     * service, whose refusals name the fields they are about by the property names of {@link SessionForm}.
     */
    private void save() {
        if (!binder.validate().isOk()) {
            PatientDataFields.markAll(title, description, place, onlineLink);
            return;
        }
        var form = new SessionForm();
        binder.writeBeanIfValid(form);
        var saved = new SessionInfo[1];
        if (Feedback.attempt(this, () -> saved[0] = existing == null ? sessions.create(form.toData())
                : sessions.update(existing.id(), existing.version(), form.toData()), fieldsByProperty())) {
            Feedback.success(getTranslation("training.form.saved"));
            getUI().ifPresent(ui -> ui.navigate(SessionView.class, saved[0].id()));
        }
    }

    /** Every bound field under its property's name, which is the name the service's refusals use. */
    private Map<String, HasValidation> fieldsByProperty() {
        var result = new LinkedHashMap<String, HasValidation>();
        BeanPropertySet.get(SessionForm.class).getProperties().forEach(property -> binder
                .getBinding(property.getName()).map(b -> b.getField())
                .filter(HasValidation.class::isInstance)
                .ifPresent(field -> result.put(property.getName(), (HasValidation) field)));
        return result;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(existing == null ? "training.form.new" : "training.form.edit");
    }
}
