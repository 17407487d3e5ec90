package dk.sambo.portal.qa.service;

import java.util.Objects;

import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Sector;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.shared.RuleViolation;

/** Checks a question as typed and returns it as stored: cleaned text, an active topic, known organisation, tags. */
@Component
class QuestionDrafts {

    private final OrganisationService organisations;
    private final TopicService topics;

    QuestionDrafts(OrganisationService organisations, TopicService topics) {
        this.organisations = organisations;
        this.topics = topics;
    }

    /** Refuses the draft once with every broken rule (each with its field), or returns it as stored. */
    QuestionDraft validate(QuestionDraft draft) {
        var problems = RuleViolation.collect();
        var title = QaText.check(problems, "qa.field.title", draft.title(), QuestionDraft.TITLE_MAX, true);
        var body = QaText.check(problems, "qa.field.body", draft.body(), QuestionDraft.BODY_MAX, false);
        var topic = topics.byCode(draft.topicCode() == null ? "" : draft.topicCode())
                .filter(t -> t.active())
                .orElse(null);
        problems.when(topic == null, "qa.field.topic", "qa.error.required.topic");
        var tags = QaText.tags(problems, draft.tags());
        Sector concernsSector = draft.concernsSector();
        if (draft.concernsOrganisationId() != null) {
            var organisation = organisations.organisation(draft.concernsOrganisationId()).orElse(null);
            if (organisation == null) {
                problems.add("qa.field.concerns", "qa.error.unknown-organisation");
            } else if (concernsSector == null) {
                concernsSector = organisation.sector();
            }
        }
        problems.throwIfAny();
        return new QuestionDraft(title, body, Objects.requireNonNull(topic).code(), tags, concernsSector,
                draft.concernsOrganisationId());
    }
}
