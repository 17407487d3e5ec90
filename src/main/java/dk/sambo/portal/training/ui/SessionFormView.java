package dk.sambo.portal.training.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.shared.privacy.PatientDataException;
import dk.sambo.portal.shared.ui.PatientDataFields;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.training.Audience;
import dk.sambo.portal.training.SessionData;
import dk.sambo.portal.training.SessionInfo;
import dk.sambo.portal.training.SessionScope;
import dk.sambo.portal.training.SessionType;
import dk.sambo.portal.training.TrainingCalendar;
import dk.sambo.portal.training.TrainingException;
import dk.sambo.portal.training.TrainingLog;

/**
 * Create or edit a session. Offers only the types and scopes the reader may create; the service checks again and
 * validates, and its message (in the reader's language) is shown at the field it is about. Nothing is saved on
 * an error.
 */
@Route("kalender/rediger")
@RolesAllowed({"ADMIN", "STRATEGIC", "IMPLEMENTING", "CULTURE_BEARER", "LINE_MANAGER", "SENIOR_MANAGER"})
@StyleSheet("./assets/training.css")
class SessionFormView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** A place a session can be for, with a readable label. */
    record ScopeOption(SessionScope scope, long id, String label) {
    }

    private final TrainingCalendar calendar;
    private final OrganisationService organisation;
    private final TrainingLog log;
    private final CurrentPerson currentPerson;
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
    final DateTimePicker deadline = new DateTimePicker();
    final Checkbox approval = new Checkbox();
    final MultiSelectComboBox<PersonSummary> organisers = new MultiSelectComboBox<>();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Map<SessionType, List<ScopeOption>> optionsByType = new LinkedHashMap<>();
    private @Nullable SessionInfo existing;

    SessionFormView(TrainingCalendar calendar, OrganisationService organisation, TrainingLog log,
            CurrentPerson currentPerson, java.time.Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
        this.organisation = organisation;
        this.log = log;
        this.currentPerson = currentPerson;
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
        computeOptions();
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
        start.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getOldValue() != null && end.getValue() != null) {
                // Moving the start keeps the length, as calendar programs do.
                end.setValue(end.getValue().plus(ChronoUnit.MINUTES.between(e.getOldValue(), e.getValue()),
                        ChronoUnit.MINUTES));
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
        organisers.setItems(organiserCandidates());

        fields.putAll(Map.of("type", type, "title", title, "description", description, "start", start, "end", end,
                "place", place, "onlineLink", onlineLink, "audiences", audiences, "capacity", capacity,
                "signupDeadline", deadline));
        fields.put("scope", scope);

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
            type.setValue(existing.type());
            scope.setValue(optionsByType.getOrDefault(existing.type(), List.of()).stream()
                    .filter(o -> o.scope() == existing.scope() && o.id() == existing.scopeId()).findFirst()
                    .orElse(null));
            title.setValue(existing.title());
            description.setValue(existing.description() == null ? "" : existing.description());
            start.setValue(LocalDateTime.ofInstant(existing.start(), Formats.zone()));
            end.setValue(LocalDateTime.ofInstant(existing.end(), Formats.zone()));
            place.setValue(existing.place() == null ? "" : existing.place());
            onlineLink.setValue(existing.onlineLink() == null ? "" : existing.onlineLink());
            audiences.setValue(existing.audiences());
            capacity.setValue(existing.capacity());
            deadline.setValue(existing.signupDeadline().equals(existing.start()) ? null
                    : LocalDateTime.ofInstant(existing.signupDeadline(), Formats.zone()));
            approval.setValue(existing.approvalRequired());
            var me = currentPerson.requireId();
            var chosen = existing.organisers().stream().filter(p -> p.id() != me).toList();
            var candidates = new ArrayList<>(organiserCandidates());
            chosen.stream().filter(p -> candidates.stream().noneMatch(c -> c.id() == p.id())).forEach(candidates::add);
            organisers.setItems(candidates);
            organisers.setValue(Set.copyOf(candidates.stream()
                    .filter(c -> chosen.stream().anyMatch(p -> p.id() == c.id())).toList()));
        } else {
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

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        // Every free-text field with a CPR number is marked inline at once, before the service is asked (issue 10).
        if (!PatientDataFields.markAll(title, description, place, onlineLink)) {
            return;
        }
        var option = scope.getValue();
        if (type.getValue() == null || option == null) {
            scope.setErrorMessage(getTranslation("training.error.required"));
            scope.setInvalid(true);
            return;
        }
        if (start.getValue() == null || end.getValue() == null) {
            var missing = start.getValue() == null ? start : end;
            missing.setErrorMessage(getTranslation("training.error.required"));
            missing.setInvalid(true);
            return;
        }
        var data = new SessionData(type.getValue(), title.getValue(), description.getValue(),
                start.getValue().atZone(Formats.zone()).toInstant(), end.getValue().atZone(Formats.zone()).toInstant(),
                place.getValue(), onlineLink.getValue(), option.scope(), option.id(), Set.copyOf(audiences.getValue()),
                capacity.getValue() == null ? 0 : capacity.getValue(),
                deadline.getValue() == null ? null : deadline.getValue().atZone(Formats.zone()).toInstant(),
                approval.getValue(), organisers.getValue().stream().map(PersonSummary::id).toList());
        try {
            var saved = existing == null ? calendar.create(data)
                    : calendar.update(existing.id(), existing.version(), data);
            Notification.show(getTranslation("training.form.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(SessionView.class, saved.id()));
        } catch (TrainingException e) {
            markInvalid(e.field(), getTranslation(e.messageKey(), e.params()));
        } catch (PatientDataException e) {
            var field = e.field().substring("training.field.".length());
            markInvalid(field.equals("online-link") ? "onlineLink" : field, getTranslation("privacy.cpr-found",
                    getTranslation(e.field()), e.finding().masked()));
        }
    }

    private void markInvalid(String field, String message) {
        var component = fields.get(field);
        if (component == null) {
            Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        component.setErrorMessage(message);
        component.setInvalid(true);
        if (component instanceof Component c) {
            c.getElement().callJsFunction("focus");
        }
    }

    /** For every type, the places the reader may create it for. */
    private void computeOptions() {
        optionsByType.clear();
        var candidates = new ArrayList<ScopeOption>();
        organisation.clusters().forEach(c -> candidates.add(new ScopeOption(SessionScope.CLUSTER, c.id(),
                getTranslation("training.scope.CLUSTER") + ": " + c.name())));
        organisation.organisations().forEach(o -> candidates.add(new ScopeOption(SessionScope.ORGANISATION, o.id(),
                getTranslation("training.scope.ORGANISATION") + ": " + o.name())));
        log.myLogUnits().forEach(u -> candidates.add(new ScopeOption(SessionScope.UNIT, u.id(),
                getTranslation("training.scope.UNIT") + ": " + u.name() + ", " + u.organisationName())));
        if (existing != null && candidates.stream().noneMatch(o -> o.scope() == existing.scope()
                && o.id() == existing.scopeId())) {
            candidates.add(new ScopeOption(existing.scope(), existing.scopeId(),
                    getTranslation("training.scope." + existing.scope().name()) + ": " + existing.scopeName()));
        }
        for (var t : SessionType.values()) {
            var allowed = candidates.stream().filter(o -> calendar.mayCreate(t, o.scope(), o.id())
                    || existing != null && existing.type() == t && existing.scope() == o.scope()
                            && existing.scopeId() == o.id()).toList();
            if (!allowed.isEmpty()) {
                optionsByType.put(t, allowed);
            }
        }
    }

    private List<PersonSummary> organiserCandidates() {
        var me = organisation.person(currentPerson.requireId()).orElseThrow();
        if (me.unitId() == null) {
            return List.of();
        }
        return organisation.activePeopleIn(me.unitId()).stream().filter(p -> p.id() != me.id()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(existing == null ? "training.form.new" : "training.form.edit");
    }
}
