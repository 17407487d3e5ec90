package dk.sambo.portal.qa.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.organisation.OrganisationSummary;
import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.qa.service.GuidanceDraft;
import dk.sambo.portal.qa.service.QuestionDraft;

/** Guidance text, topic, review date and the organisations it was agreed with: for promoting and editing. */
class GuidanceForm extends FormLayout {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Select<String> topic = new Select<>();
    final DatePicker reviewDate = new DatePicker();
    final MultiSelectComboBox<OrganisationSummary> organisations = new MultiSelectComboBox<>();
    private final List<OrganisationSummary> allOrganisations;

    GuidanceForm(List<TopicSummary> topics, Map<String, TopicSummary> topicMap,
            List<OrganisationSummary> allOrganisations) {
        this.allOrganisations = allOrganisations;
        title.setLabel(getTranslation("qa.field.guidance-title"));
        title.setMaxLength(QuestionDraft.TITLE_MAX);
        title.setRequired(true);
        body.setLabel(getTranslation("qa.field.guidance-body"));
        body.setMaxLength(QuestionDraft.BODY_MAX);
        body.setMinHeight("12rem");
        body.setRequired(true);
        MarkdownPreview.explain(body);
        topic.setLabel(getTranslation("qa.field.topic"));
        topic.setItems(topics.stream().map(TopicSummary::code).toList());
        topic.setItemLabelGenerator(code -> QaUi.topicName(this, topicMap, code));
        reviewDate.setLabel(getTranslation("qa.field.review-date"));
        reviewDate.setLocale(QaUi.locale(this));
        organisations.setLabel(getTranslation("qa.field.agreed-with"));
        organisations.setItems(allOrganisations);
        organisations.setItemLabelGenerator(OrganisationSummary::name);
        add(title, 2);
        add(body, 2);
        add(new MarkdownPreview(body), 2);
        add(topic, reviewDate);
        add(organisations, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36rem", 2));
    }

    void show(GuidanceDraft draft) {
        title.setValue(draft.title());
        body.setValue(draft.body());
        topic.setValue(draft.topicCode());
        reviewDate.setValue(draft.reviewDate());
        organisations.setValue(new HashSet<>(allOrganisations.stream()
                .filter(o -> draft.organisationIds().contains(o.id())).toList()));
    }

    GuidanceDraft draft() {
        return new GuidanceDraft(title.getValue(), body.getValue(), topic.getValue(), reviewDate.getValue(),
                new HashSet<>(organisations.getValue().stream().map(OrganisationSummary::id).toList()));
    }
}
