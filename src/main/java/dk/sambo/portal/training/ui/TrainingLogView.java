package dk.sambo.portal.training.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.shared.ui.Confirm;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.shared.ui.GridCard;
import dk.sambo.portal.shared.ui.ResponsiveGrid;
import dk.sambo.portal.training.domain.LogEntryData;
import dk.sambo.portal.training.domain.LogEntryInfo;
import dk.sambo.portal.training.domain.SessionType;
import dk.sambo.portal.training.domain.TrainingLog;

/**
 * The training log: a quick form at the top (today, the reader's unit, last used type and length already filled
 * in; pick the colleagues or type a head count; save with Enter) and the unit's entries below.
 */
@Route("traeningslog")
@RolesAllowed({"CULTURE_BEARER", "LINE_MANAGER"})
@Menu(order = 22, title = "training.nav.log", icon = "vaadin:notebook")
@StyleSheet("./assets/training.css")
class TrainingLogView extends VerticalLayout implements HasDynamicTitle {

    private static final String LAST_TYPE = "training.log.last-type";
    private static final String LAST_MINUTES = "training.log.last-minutes";
    static final List<SessionType> TYPES = List.of(SessionType.PRACTICE_TRAINING, SessionType.PEER_COACHING,
            SessionType.KNOWLEDGE_SHARING);

    private final TrainingLog log;
    private final Clock clock;
    final DatePicker day = new DatePicker();
    final RadioButtonGroup<SessionType> type = new RadioButtonGroup<>();
    final IntegerField minutes = new IntegerField();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final MultiSelectComboBox<PersonSummary> participants = new MultiSelectComboBox<>();
    final IntegerField headCount = new IntegerField();
    final MultiSelectComboBox<TopicSummary> topics = new MultiSelectComboBox<>();
    final TextField note = new TextField();
    final Button save = new Button();
    private final Button cancelEdit = new Button();
    private final Grid<LogEntryInfo> grid = new Grid<>();
    private final Map<String, HasValidation> fields;
    private @Nullable LogEntryInfo editing;

    TrainingLogView(TrainingLog log, TopicService topicService, Clock clock) {
        this.log = log;
        this.clock = clock;
        addClassName("training-log-view");
        add(new H1(getTranslation("training.log.heading")), new Paragraph(getTranslation("training.log.explain")));

        var units = log.myLogUnits();
        day.setLabel(getTranslation("training.log.day"));
        day.setLocale(getLocale());
        day.setMax(today());
        type.setLabel(getTranslation("training.form.type"));
        type.setItems(TYPES);
        type.setItemLabelGenerator(t -> getTranslation("training.type." + t.name()));
        minutes.setLabel(getTranslation("training.log.minutes"));
        minutes.setStepButtonsVisible(true);
        minutes.setStep(5);
        minutes.setMin(5);
        minutes.setMax(LogEntryData.MINUTES_MAX);
        unit.setLabel(getTranslation("training.log.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name() + ", " + u.organisationName());
        unit.setVisible(units.size() > 1);
        unit.addValueChangeListener(e -> {
            participants.clear();
            participants.setItems(e.getValue() == null ? List.of() : log.peopleOf(e.getValue().id()));
        });
        participants.setLabel(getTranslation("training.log.participants"));
        participants.setItemLabelGenerator(p -> p.name() + (p.jobTitle() == null ? "" : " · " + p.jobTitle()));
        participants.setWidthFull();
        participants.addValueChangeListener(e -> headCount.setEnabled(e.getValue().isEmpty()));
        headCount.setLabel(getTranslation("training.log.head-count"));
        headCount.setHelperText(getTranslation("training.log.head-count-help"));
        headCount.setMin(1);
        headCount.setStepButtonsVisible(true);
        topics.setLabel(getTranslation("training.log.topics"));
        topics.setItems(topicService.active());
        topics.setItemLabelGenerator(t -> t.name(getLocale()));
        topics.setWidthFull();
        note.setLabel(getTranslation("training.log.note"));
        note.setWidthFull();
        note.setMaxLength(dk.sambo.portal.training.domain.LogEntryData.NOTE_MAX);
        note.setHelperText(getTranslation("training.log.note-help"));
        fields = Map.of("day", day, "minutes", minutes, "participants", participants, "headCount", headCount,
                "note", note, "topics", topics);

        var form = new FormLayout();
        form.addClassName("quick-log");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 4));
        form.add(type, 2);
        form.add(day, minutes);
        form.add(participants, 3);
        form.add(headCount);
        form.add(unit, 2);
        form.add(topics, 2);
        form.add(note, 4);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-log");
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER);
        cancelEdit.setText(getTranslation("training.action.cancel"));
        cancelEdit.addClickListener(e -> reset());
        var card = new Div(new H2(getTranslation("training.log.quick")), form, new HorizontalLayout(save, cancelEdit));
        card.addClassName("card");
        card.addClassName("quick-log-card");
        add(card);

        grid.addClassName("log-entries");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.date(e.day(), getLocale())).setHeader(getTranslation("training.log.day"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("training.type." + e.type().name()))
                .setHeader(getTranslation("training.form.type")).setWidth("10em").setFlexGrow(1);
        grid.addColumn(LogEntryInfo::minutes).setHeader(getTranslation("training.log.minutes")).setAutoWidth(true);
        grid.addColumn(e -> e.participants().isEmpty() ? getTranslation("training.log.n-people", e.headCount())
                : e.participants().stream().map(PersonSummary::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("training.log.participants")).setWidth("14em").setFlexGrow(4);
        // Unit and author wrap in fixed widths, so the participants get the room (issue 14: names were cut at 1366 px).
        grid.addColumn(LogEntryInfo::unitName).setHeader(getTranslation("training.log.unit")).setWidth("9em")
                .setFlexGrow(1);
        grid.addColumn(LogEntryInfo::loggedByName).setHeader(getTranslation("training.log.logged-by"))
                .setWidth("9em").setFlexGrow(1);
        grid.addComponentColumn(e -> {
            var actions = new HorizontalLayout();
            if (e.mayEdit()) {
                var edit = new Button(VaadinIcon.EDIT.create(), click -> edit(e));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("training.log.edit"));
                var delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(e));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("training.log.delete"));
                actions.add(edit, delete);
            }
            return actions;
        }).setKey("actions").setAutoWidth(true);
        // A phone gets one card per entry with the same edit and delete buttons (issue 14).
        ResponsiveGrid.cardsWhenNarrow(grid, e -> {
            var actions = new HorizontalLayout();
            if (e.mayEdit()) {
                var edit = new Button(getTranslation("training.log.edit"), VaadinIcon.EDIT.create(), click -> edit(e));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                var delete = new Button(getTranslation("training.log.delete"), VaadinIcon.TRASH.create(),
                        click -> confirmDelete(e));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                actions.add(edit, delete);
            }
            return GridCard.of(Formats.date(e.day(), getLocale()) + " · "
                    + getTranslation("training.type." + e.type().name()),
                    getTranslation("training.log.minutes") + ": " + e.minutes(),
                    e.participants().isEmpty() ? getTranslation("training.log.n-people", e.headCount())
                            : e.participants().stream().map(PersonSummary::name).collect(Collectors.joining(", ")),
                    e.unitName(), e.loggedByName(), actions);
        });
        grid.setItems(q -> log.forMyUnits(q.getOffset(), q.getLimit()).stream(), q -> (int) log.countForMyUnits());
        add(new H2(getTranslation("training.log.entries")), grid);
        reset();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.zone());
    }

    /** Back to a fresh entry, keeping the last type and length: the next entry is usually alike. */
    void reset() {
        editing = null;
        fields.values().forEach(f -> f.setInvalid(false));
        var session = getUI().map(ui -> ui.getSession()).orElse(com.vaadin.flow.server.VaadinSession.getCurrent());
        var lastType = session == null ? null : (SessionType) session.getAttribute(LAST_TYPE);
        var lastMinutes = session == null ? null : (Integer) session.getAttribute(LAST_MINUTES);
        day.setValue(today());
        type.setValue(lastType == null ? SessionType.PRACTICE_TRAINING : lastType);
        minutes.setValue(lastMinutes == null ? 15 : lastMinutes);
        if (unit.getValue() == null) {
            log.defaultUnit().ifPresent(unit::setValue);
        }
        participants.clear();
        headCount.clear();
        topics.clear();
        note.clear();
        save.setText(getTranslation("training.log.save"));
        cancelEdit.setVisible(false);
    }

    private void edit(LogEntryInfo entry) {
        editing = entry;
        type.setValue(entry.type());
        day.setValue(entry.day());
        minutes.setValue(entry.minutes());
        unit.getListDataView().getItems().filter(u -> u.id() == entry.unitId()).findFirst().ifPresent(unit::setValue);
        var chosen = participants.getListDataView().getItems()
                .filter(p -> entry.participants().stream().anyMatch(x -> x.id() == p.id())).collect(Collectors.toSet());
        participants.setValue(chosen);
        headCount.setValue(entry.participants().isEmpty() ? entry.headCount() : null);
        topics.setValue(topics.getListDataView().getItems().filter(t -> entry.topicCodes().contains(t.code()))
                .collect(Collectors.toSet()));
        note.setValue(entry.note() == null ? "" : entry.note());
        save.setText(getTranslation("training.log.update"));
        cancelEdit.setVisible(true);
    }

    /** Every broken rule marks its field at once ({@link Feedback}); a CPR number in the note is marked first. */
    void save() {
        if (unit.getValue() == null || type.getValue() == null) {
            return;
        }
        var data = new LogEntryData(type.getValue(), day.getValue(), minutes.getValue() == null ? 0
                : minutes.getValue(), unit.getValue().id(),
                topics.getValue().stream().map(TopicSummary::code).collect(Collectors.toSet()),
                participants.getValue().stream().map(PersonSummary::id).toList(),
                headCount.getValue() == null ? 0 : headCount.getValue(), note.getValue());
        boolean saved = Feedback.attempt(this, () -> {
            if (editing == null) {
                log.add(data);
            } else {
                log.update(editing.id(), editing.version(), data);
            }
        }, fields);
        if (!saved) {
            return;
        }
        var session = getUI().map(ui -> ui.getSession()).orElse(null);
        if (session != null) {
            session.setAttribute(LAST_TYPE, data.type());
            session.setAttribute(LAST_MINUTES, data.minutes());
        }
        Feedback.success(getTranslation("training.log.saved"));
        reset();
        grid.getDataProvider().refreshAll();
    }

    private void confirmDelete(LogEntryInfo entry) {
        Confirm.askDestructive(this, getTranslation("training.log.delete"),
                getTranslation("training.log.delete-confirm", Formats.date(entry.day(), getLocale())),
                getTranslation("training.log.delete"), () -> {
                    log.remove(entry.id());
                    grid.getDataProvider().refreshAll();
                });
    }

    Grid<LogEntryInfo> grid() {
        return grid;
    }

    Set<String> fieldNames() {
        return fields.keySet();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.nav.log");
    }
}
