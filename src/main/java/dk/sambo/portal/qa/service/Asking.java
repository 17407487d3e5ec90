package dk.sambo.portal.qa.service;

import java.util.LinkedHashSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.qa.QuestionAsked;
import dk.sambo.portal.qa.domain.Follow;
import dk.sambo.portal.qa.domain.FollowKind;
import dk.sambo.portal.qa.domain.FollowRepository;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionRepository;

/**
 * Asking a doubt question. It is checked, routed at once to the culture bearers who cover the unit and the
 * topic, gets its response time, and the asker follows it; audited and announced with {@link QuestionAsked} in
 * the same transaction, so the organisation overview sees exactly what happened.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class Asking {

    private final QuestionRepository questions;
    private final FollowRepository follows;
    private final QuestionDrafts drafts;
    private final QuestionRouting routing;
    private final ResponseTime responseTime;
    private final QaAccess access;
    private final QaNotifier notifier;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final QaClock clock;

    Asking(QuestionRepository questions, FollowRepository follows, QuestionDrafts drafts, QuestionRouting routing,
            ResponseTime responseTime, QaAccess access, QaNotifier notifier, AuditLog audit,
            ApplicationEventPublisher events, QaClock clock) {
        this.questions = questions;
        this.follows = follows;
        this.drafts = drafts;
        this.routing = routing;
        this.responseTime = responseTime;
        this.access = access;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts a question from the logged-in person's unit. It is routed at once to the culture bearers who cover
     * the unit and the topic (all culture bearers of the unit where none has the topic), gets its response time,
     * and the asker follows it.
     */
    public long ask(QuestionDraft draft) {
        access.requireWriter();
        var me = access.me();
        var clean = drafts.validate(draft);
        var origin = routing.origin(me);
        var unit = origin.unit();
        var now = clock.now();
        var due = responseTime.dueAt(now);
        var question = questions.save(new Question(clean.title(), clean.body(), clean.topicCode(),
                new LinkedHashSet<>(clean.tags()), clean.concernsSector(), clean.concernsOrganisationId(), me,
                unit == null ? null : unit.id(), unit == null ? null : unit.path(),
                unit == null ? null : unit.organisationId(), origin.clusterId(), unit == null ? null : unit.sector(),
                now, due));
        var routedTo = routing.route(question, unit, me);
        follows.save(new Follow(me, FollowKind.QUESTION, Long.toString(question.id()), now));
        audit.record("QUESTION_ASKED", "Question", question.id(),
                "topic=" + question.getTopicCode() + " routedTo=" + routedTo.size());
        events.publishEvent(new QuestionAsked(question.id(), me, question.getUnitId(), question.getOrganisationId(),
                question.getClusterId(), question.getSector() == null ? null : question.getSector().name(),
                question.getTopicCode(), now, due));
        notifier.asked(question, routedTo, origin.asker().name());
        return question.id();
    }
}
