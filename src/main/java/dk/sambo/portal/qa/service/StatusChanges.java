package dk.sambo.portal.qa.service;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dk.sambo.portal.qa.QuestionStatusChanged;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionStatus;

/** Moves a question to another status and announces it, so the overview counts every change the same way. */
@Component
class StatusChanges {

    private final ApplicationEventPublisher events;
    private final QaClock clock;

    StatusChanges(ApplicationEventPublisher events, QaClock clock) {
        this.events = events;
        this.clock = clock;
    }

    void change(Question question, QuestionStatus status) {
        var now = clock.now();
        question.setStatus(status, now);
        events.publishEvent(new QuestionStatusChanged(question.id(), status.name(), now));
    }
}
