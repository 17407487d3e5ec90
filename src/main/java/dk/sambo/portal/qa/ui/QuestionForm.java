package dk.sambo.portal.qa.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.organisation.OrganisationSummary;
import dk.sambo.portal.organisation.Sector;
import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.qa.service.QuestionDraft;

/**
 * The fields of a question, for asking and for editing. It keeps whatever the person typed until they leave;
 * the view decides when to save.
 */
class QuestionForm extends FormLayout {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Select<String> topic = new Select<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final Select<Sector> concernsSector = new Select<>();
    final ComboBox<OrganisationSummary> concernsOrganisation = new ComboBox<>();
    private final List<String> tagItems = new ArrayList<>();
    private final List<OrganisationSummary> organisations;

    QuestionForm(List<TopicSummary> topics, Map<String, TopicSummary> topicMap, List<OrganisationSummary> organisations,
            List<String> suggestedTags) {
        this.organisations = organisations;
        addClassName("qa-question-form");
        title.setLabel(getTranslation("qa.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(QuestionDraft.TITLE_MAX);
        title.setHelperText(getTranslation("qa.form.title.help"));
        title.setWidthFull();

        body.setLabel(getTranslation("qa.field.body"));
        body.setMaxLength(QuestionDraft.BODY_MAX);
        body.setHelperText(getTranslation("qa.form.body.help"));
        body.setMinHeight("10rem");
        body.setWidthFull();

        topic.setLabel(getTranslation("qa.field.topic"));
        topic.setRequiredIndicatorVisible(true);
        topic.setItems(topics.stream().map(TopicSummary::code).toList());
        topic.setItemLabelGenerator(code -> QaUi.topicName(this, topicMap, code));
        topic.setPlaceholder(getTranslation("qa.form.topic.choose"));

        tags.setLabel(getTranslation("qa.field.tags"));
        tags.setHelperText(getTranslation("qa.form.tags.help"));
        tags.setAllowCustomValue(true);
        tagItems.addAll(suggestedTags);
        tags.setItems(tagItems);
        tags.addCustomValueSetListener(e -> {
            var tag = e.getDetail().strip().toLowerCase(java.util.Locale.ROOT);
            if (!tag.isEmpty()) {
                if (!tagItems.contains(tag)) {
                    tagItems.add(tag);
                    tags.getListDataView().refreshAll();
                }
                var selected = new LinkedHashSet<>(tags.getValue());
                selected.add(tag);
                tags.setValue(selected);
            }
        });

        concernsSector.setLabel(getTranslation("qa.field.concerns-sector"));
        concernsSector.setItems(Sector.values());
        concernsSector.setEmptySelectionAllowed(true);
        concernsSector.setEmptySelectionCaption(getTranslation("qa.form.concerns.none"));
        concernsSector.setItemLabelGenerator(s -> s == null ? getTranslation("qa.form.concerns.none")
                : getTranslation("qa.sector." + s.name()));

        concernsOrganisation.setLabel(getTranslation("qa.field.concerns-organisation"));
        concernsOrganisation.setItems(organisations);
        concernsOrganisation.setItemLabelGenerator(OrganisationSummary::name);
        concernsOrganisation.setClearButtonVisible(true);
        concernsOrganisation.setPlaceholder(getTranslation("qa.form.concerns.none"));

        add(title, 2);
        add(body, 2);
        add(topic, tags, concernsSector, concernsOrganisation);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
    }

    /** Puts a component right under the title, across the form (the similar questions while typing). */
    void addBelowTitle(com.vaadin.flow.component.Component component) {
        addComponentAtIndex(1, component);
        setColspan(component, 2);
    }

    QuestionDraft draft() {
        return new QuestionDraft(title.getValue(), body.getValue(), topic.getValue(), List.copyOf(tags.getValue()),
                concernsSector.getValue(),
                concernsOrganisation.getValue() == null ? null : concernsOrganisation.getValue().id());
    }

    void show(String titleText, String bodyText, String topicCode, List<String> tagValues, Sector sector,
            Long organisationId) {
        title.setValue(titleText);
        body.setValue(bodyText);
        topic.setValue(topicCode);
        for (var tag : tagValues) {
            if (!tagItems.contains(tag)) {
                tagItems.add(tag);
            }
        }
        tags.setItems(tagItems);
        tags.setValue(new LinkedHashSet<>(tagValues));
        concernsSector.setValue(sector);
        concernsOrganisation.setValue(organisationId == null ? null
                : organisations.stream().filter(o -> o.id() == organisationId).findFirst().orElse(null));
    }

    /** Marks the field a service refusal points at (by its translation key); false if it is not on this form. */
    boolean mark(String fieldKey, String message) {
        com.vaadin.flow.component.HasValidation field = switch (fieldKey) {
            case "qa.field.title" -> title;
            case "qa.field.body" -> body;
            case "qa.field.tags" -> tags;
            case "qa.field.topic" -> topic;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    /** Marks every broken rule at its field at once; returns the messages that belong to no field of the form. */
    java.util.List<String> mark(dk.sambo.portal.shared.RuleViolation violation) {
        var unplaced = new java.util.ArrayList<String>();
        for (var problem : violation.problems()) {
            var message = getTranslation(problem.messageKey(), problem.paramArray());
            if (problem.field() == null || !mark(problem.field(), message)) {
                unplaced.add(message);
            }
        }
        return unplaced;
    }

    /**
     * Marks every field holding a CPR number (title, body, tags) inline, all at once; true when none does. The
     * service checks the same with the same guard.
     */
    boolean markPatientData() {
        boolean clean = dk.sambo.portal.shared.ui.PatientDataFields.markAll(title, body);
        var tagWithCpr = tags.getValue().stream()
                .map(dk.sambo.portal.shared.privacy.PatientDataGuard::find)
                .flatMap(java.util.Optional::stream).findFirst();
        if (tagWithCpr.isPresent()) {
            tags.setErrorMessage(getTranslation("privacy.cpr-field", tagWithCpr.get().masked()));
            tags.setInvalid(true);
            clean = false;
        }
        return clean;
    }

    /** Checks what the browser can check before asking the service; marks the fields. */
    boolean checkRequired() {
        boolean ok = true;
        title.setInvalid(false);
        topic.setInvalid(false);
        body.setInvalid(false);
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("qa.error.required.title"));
            title.setInvalid(true);
            ok = false;
        }
        if (topic.getValue() == null) {
            topic.setErrorMessage(getTranslation("qa.error.required.topic"));
            topic.setInvalid(true);
            ok = false;
        }
        return ok;
    }
}
