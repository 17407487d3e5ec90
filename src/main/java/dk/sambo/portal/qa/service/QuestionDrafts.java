package dk.sambo.portal.qa.service;

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

    QuestionDraft validate(QuestionDraft draft) {
        var title = QaText.require("qa.field.title", draft.title(), QuestionDraft.TITLE_MAX, true);
        var body = QaText.require("qa.field.body", draft.body(), QuestionDraft.BODY_MAX, false);
        var topic = topics.byCode(draft.topicCode() == null ? "" : draft.topicCode())
                .filter(t -> t.active())
                .orElseThrow(() -> new RuleViolation("qa.error.required.topic"));
        var tags = QaText.tags(draft.tags());
        Sector concernsSector = draft.concernsSector();
        if (draft.concernsOrganisationId() != null) {
            var organisation = organisations.organisation(draft.concernsOrganisationId())
                    .orElseThrow(() -> new RuleViolation("qa.error.unknown-organisation"));
            if (concernsSector == null) {
                concernsSector = organisation.sector();
            }
        }
        return new QuestionDraft(title, body, topic.code(), tags, concernsSector, draft.concernsOrganisationId());
    }
}
