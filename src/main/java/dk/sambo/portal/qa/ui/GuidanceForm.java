package dk.sambo.portal.qa.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import dk.sambo.portal.organisation.OrganisationSummary;
import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.qa.service.GuidanceDraft;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.shared.ui.Forms;
import dk.sambo.portal.shared.ui.PatientDataFields;

/**
 * Guidance text, topic, review date and the organisations it was agreed with: for promoting and editing. The fields
 * are bound to {@link Fields} ({@link Forms#binder}); {@link #draft()} marks every missing or too long field and every
 * text with a CPR number at once. What only the service knows (the review date must lie after today, the topic and
 * organisations must exist) comes back as a refusal naming the field, which {@link #byServiceName()} places.
 */
class GuidanceForm extends FormLayout {

    /** The form's values; the constraints' messages are translation keys. Public for the binder. */
    public record Fields(
            @NotBlank(message = "qa.error.required.guidance-title")
            @Size(max = QuestionDraft.TITLE_MAX, message = "qa.error.too-long.guidance-title") String title,
            @NotBlank(message = "qa.error.required.guidance-body")
            @Size(max = QuestionDraft.BODY_MAX, message = "qa.error.too-long.guidance-body") String body,
            @NotNull(message = "qa.error.required.topic") @Nullable String topicCode,
            @NotNull(message = "qa.error.review-date") @Nullable LocalDate reviewDate,
            Set<OrganisationSummary> organisations) {
    }

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Select<String> topic = new Select<>();
    final DatePicker reviewDate = new DatePicker();
    final MultiSelectComboBox<OrganisationSummary> organisations = new MultiSelectComboBox<>();
    private final List<OrganisationSummary> allOrganisations;
    private final BeanValidationBinder<Fields> binder = Forms.binder(Fields.class);

    GuidanceForm(List<TopicSummary> topics, Map<String, TopicSummary> topicMap,
            List<OrganisationSummary> allOrganisations) {
        this.allOrganisations = allOrganisations;
        title.setLabel(getTranslation("qa.field.guidance-title"));
        title.setMaxLength(QuestionDraft.TITLE_MAX);
        body.setLabel(getTranslation("qa.field.guidance-body"));
        body.setMaxLength(QuestionDraft.BODY_MAX);
        body.setMinHeight("12rem");
        MarkdownPreview.explain(body);
        topic.setLabel(getTranslation("qa.field.topic"));
        topic.setItems(topics.stream().map(TopicSummary::code).toList());
        topic.setItemLabelGenerator(code -> QaUi.topicName(this, topicMap, code));
        reviewDate.setLabel(getTranslation("qa.field.review-date"));
        reviewDate.setLocale(QaUi.locale(this));
        organisations.setLabel(getTranslation("qa.field.agreed-with"));
        organisations.setItems(allOrganisations);
        organisations.setItemLabelGenerator(OrganisationSummary::name);
        // The texts' own length checks have no message of their own; the record's @Size says it in the reader's words.
        binder.forField(title).withDefaultValidator(false).bind("title");
        binder.forField(body).withDefaultValidator(false).bind("body");
        binder.forField(topic).bind("topicCode");
        binder.forField(reviewDate).bind("reviewDate");
        binder.forField(organisations).bind("organisations");
        add(title, 2);
        add(body, 2);
        add(new MarkdownPreview(body), 2);
        add(topic, reviewDate);
        add(organisations, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36rem", 2));
    }

    void show(GuidanceDraft draft) {
        binder.readRecord(new Fields(draft.title(), draft.body(), draft.topicCode(), draft.reviewDate(),
                new HashSet<>(allOrganisations.stream().filter(o -> draft.organisationIds().contains(o.id()))
                        .toList())));
    }

    /** The draft when every field is fine; otherwise empty, with every problem marked on its field. */
    Optional<GuidanceDraft> draft() {
        boolean complete = binder.validate().isOk();
        boolean clean = PatientDataFields.markAll(title, body);
        if (!complete || !clean) {
            return Optional.empty();
        }
        try {
            var values = binder.writeRecord();
            return Optional.of(new GuidanceDraft(values.title(), values.body(), values.topicCode(),
                    values.reviewDate(), new HashSet<>(values.organisations().stream()
                            .map(OrganisationSummary::id).toList())));
        } catch (ValidationException e) {
            throw new IllegalStateException("validated before", e);
        }
    }

    /** The fields by the names the guidance service gives in a refusal. */
    Map<String, HasValidation> byServiceName() {
        return Map.of("qa.field.guidance-title", title, "qa.field.guidance-body", body, "qa.field.topic", topic,
                "qa.field.review-date", reviewDate, "qa.field.agreed-with", organisations);
    }
}
