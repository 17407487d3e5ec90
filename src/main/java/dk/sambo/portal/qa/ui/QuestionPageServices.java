package dk.sambo.portal.qa.ui;

import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.service.Answering;
import dk.sambo.portal.qa.service.Follows;
import dk.sambo.portal.qa.service.GeneralQuestions;
import dk.sambo.portal.qa.service.GuidanceService;
import dk.sambo.portal.qa.service.Moderation;
import dk.sambo.portal.qa.service.PostHistory;
import dk.sambo.portal.qa.service.QuestionEditing;
import dk.sambo.portal.qa.service.QuestionLists;
import dk.sambo.portal.qa.service.QuestionReadModel;
import dk.sambo.portal.qa.service.Resolving;

/**
 * The services the parts of the question page call, handed to each part as one value. Each service checks
 * access itself; this only saves every part a long constructor.
 */
@Component
record QuestionPageServices(QuestionReadModel page, Answering answering, Resolving resolving,
        QuestionEditing editing, PostHistory history, QuestionLists lists, Moderation moderation,
        GeneralQuestions general, GuidanceService guidance, Follows follows, TopicService topics,
        OrganisationService organisations) {
}
