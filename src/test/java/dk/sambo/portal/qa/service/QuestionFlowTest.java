package dk.sambo.portal.qa.service;

import static dk.sambo.portal.qa.QaTestSupport.as;
import static dk.sambo.portal.qa.QaTestSupport.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.notification.Notifications;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.qa.QuestionAnswered;
import dk.sambo.portal.qa.QuestionAsked;
import dk.sambo.portal.qa.QuestionEscalated;
import dk.sambo.portal.qa.QuestionStatusChanged;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.shared.RuleViolation;

/**
 * The life of a question at service level, and the events the organisation overview builds its figures from:
 * asked (with due time), every answer, every status change, escalation.
 */
@PortalTest
@RecordApplicationEvents
class QuestionFlowTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    Resolving resolving;
    @Autowired
    Answering answering;
    @Autowired
    Asking asking;
    @Autowired
    QuestionLists questionLists;
    @Autowired
    QuestionReadModel readModel;
    @Autowired
    Escalation escalation;
    @Autowired
    FollowUp followUp;
    @Autowired
    Notifications notifications;
    @Autowired
    OrganisationService organisations;
    @Autowired
    CurrentPerson currentPerson;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void reset() {
        clock.reset();
        AuthenticatedAs.logout();
    }

    @Test
    void staff_question_is_routed_answered_accepted_reopened_and_every_step_is_an_event() {
        as(users, "sygeplejerske");
        var asker = currentPerson.requireId();
        var profile = organisations.myProfile();
        long id = asking.ask(draft("Hvem sender genoptræningsplanen ved udskrivelse fra akutmodtagelsen?",
                "Borgeren var kun i akutmodtagelsen i seks timer.", "DISCHARGE", "genoptræningsplan"));

        var asked = events.stream(QuestionAsked.class).filter(e -> e.questionId() == id).findFirst().orElseThrow();
        assertThat(asked.askerId()).isEqualTo(asker);
        assertThat(asked.unitId()).isEqualTo(profile.person().unitId());
        assertThat(asked.organisationId()).isEqualTo(profile.person().organisationId());
        assertThat(asked.clusterId()).isEqualTo(profile.clusterId());
        assertThat(asked.sector()).isEqualTo("KOMMUNE");
        assertThat(asked.topicCode()).isEqualTo("DISCHARGE");
        assertThat(asked.askedAt()).isEqualTo(TestClock.START);
        // Monday 09:00 plus three working days.
        assertThat(asked.dueAt()).isEqualTo(ZonedDateTime.of(2026, 11, 26, 9, 0, 0, 0, TestClock.ZONE).toInstant());

        as(users, "kulturbaerer");
        assertThat(questionLists.queue(QuestionStatus.OPEN, 0, 200)).extracting(QuestionRow::id).contains(id);
        clock.advance(Duration.ofHours(3));
        long first = answering.answer(id, "Akutmodtagelsen sender genoptræningsplanen på udskrivelsesdagen.");
        var bearer = currentPerson.requireId();
        as(users, "sygehus");
        clock.advance(Duration.ofHours(1));
        long second = answering.answer(id, "Hos os gør vi det samme, også om aftenen.");

        var answered = events.stream(QuestionAnswered.class).filter(e -> e.questionId() == id).toList();
        assertThat(answered).hasSize(2);
        assertThat(answered.get(0).answerId()).isEqualTo(first);
        assertThat(answered.get(0).answeredBy()).isEqualTo(bearer);
        assertThat(answered.get(0).byCultureBearer()).isTrue();
        assertThat(answered.get(0).answeredAt()).isEqualTo(TestClock.START.plus(Duration.ofHours(3)));
        assertThat(answered.get(1).answerId()).isEqualTo(second);
        assertThat(answered.get(1).byCultureBearer()).isFalse();

        as(users, "sygeplejerske");
        resolving.accept(first);
        var details = readModel.details(id).orElseThrow();
        assertThat(details.status()).isEqualTo(QuestionStatus.RESOLVED);
        assertThat(details.answers().getFirst().id()).isEqualTo(first);
        assertThat(details.answers().getFirst().accepted()).isTrue();

        clock.advance(Duration.ofDays(2));
        resolving.reopen(id, "Gælder det også, når borgeren udskrives til midlertidigt ophold?");
        details = readModel.details(id).orElseThrow();
        assertThat(details.status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(details.comments()).anyMatch(CommentView::reopening);
        assertThat(details.answers()).noneMatch(AnswerView::accepted);

        assertThat(events.stream(QuestionStatusChanged.class).filter(e -> e.questionId() == id)
                .map(QuestionStatusChanged::status)).containsExactly("ANSWERED", "RESOLVED", "OPEN");
    }

    @Test
    void response_time_counts_working_days_only() {
        as(users, "hjemmehjaelper");
        // Friday 14:00: Saturday and Sunday do not count, so three working days end on Wednesday 14:00.
        clock.set(ZonedDateTime.of(2026, 11, 27, 14, 0, 0, 0, TestClock.ZONE).toInstant());
        long id = asking.ask(draft("Må vi bruge korrespondancemeddelelse om fredagen?", "", "COMMUNICATION"));
        assertThat(readModel.details(id).orElseThrow().dueAt())
                .isEqualTo(ZonedDateTime.of(2026, 12, 2, 14, 0, 0, 0, TestClock.ZONE).toInstant());
    }

    @Test
    void overdue_question_is_escalated_once_to_the_implementing_level_of_the_cluster() {
        as(users, "sygeplejerske");
        long id = asking.ask(draft("Hvem bestiller hospitalsseng, når borgeren udskrives fredag?", "",
                "DISCHARGE"));
        var due = readModel.details(id).orElseThrow().dueAt();

        clock.set(due.minusSeconds(60));
        escalation.escalateOverdue();
        assertThat(events.stream(QuestionEscalated.class).filter(e -> e.questionId() == id)).isEmpty();

        clock.set(due.plusSeconds(60));
        assertThat(escalation.escalateOverdue()).isPositive();
        escalation.escalateOverdue();
        var escalated = events.stream(QuestionEscalated.class).filter(e -> e.questionId() == id).toList();
        assertThat(escalated).hasSize(1);
        assertThat(escalated.getFirst().escalatedAt()).isEqualTo(due.plusSeconds(60));

        as(users, "sygeplejerske");
        var details = readModel.details(id).orElseThrow();
        assertThat(details.overdue()).isTrue();
        assertThat(details.escalatedAt()).isNotNull();

        as(users, "implementering");
        var lillebaelt = organisations.myProfile().clusterId();
        var overdue = followUp.overdue(lillebaelt == null ? null : lillebaelt, 0, 500);
        assertThat(overdue).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> assertThat(r.overdue() && r.escalated()).isTrue());
        assertThat(notifications.mine(200)).anyMatch(n -> n.getMessageKey().equals("qa.notify.escalated")
                && id == n.getSubjectId());
    }

    @Test
    void an_answer_ends_the_overdue_state_but_the_escalation_stays_on_record() {
        as(users, "sygeplejerske");
        long id = asking.ask(draft("Skal vi have plejeforløbsplan ved overflytning mellem afdelinger?", "",
                "DISCHARGE"));
        clock.set(readModel.details(id).orElseThrow().dueAt().plusSeconds(3600));
        escalation.escalateOverdue();
        as(users, "kulturbaerer");
        answering.answer(id, "Nej, ved overflytning mellem afdelinger sendes der ikke ny plejeforløbsplan.");
        var details = readModel.details(id).orElseThrow();
        assertThat(details.overdue()).isFalse();
        assertThat(details.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(events.stream(QuestionEscalated.class).filter(e -> e.questionId() == id)).hasSize(1);
    }

    @Test
    void the_askers_own_answer_keeps_the_question_open_until_it_is_accepted() {
        as(users, "hjemmehjaelper");
        long id = asking.ask(draft("Hvem giver besked om ændret besøgstid efter udskrivelse?", "", "DISCHARGE"));
        long own = answering.answer(id, "Vi fandt selv ud af det: visitationen giver besked.");
        assertThat(readModel.details(id).orElseThrow().status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(events.stream(QuestionAnswered.class).filter(e -> e.questionId() == id)).hasSize(1);
        assertThat(events.stream(QuestionStatusChanged.class).filter(e -> e.questionId() == id)).isEmpty();
        resolving.accept(own);
        assertThat(readModel.details(id).orElseThrow().status()).isEqualTo(QuestionStatus.RESOLVED);
    }

    @Test
    void only_the_asker_or_a_culture_bearer_accepts_and_nobody_marks_their_own_answer_useful() {
        as(users, "sygeplejerske");
        long id = asking.ask(draft("Hvor længe gælder en genoptræningsplan?", "", "DISCHARGE"));
        as(users, "kulturbaerer");
        long answer = answering.answer(id, "Den gælder, til træningen er afsluttet.");
        assertThatThrownBy(() -> resolving.toggleUseful(answer)).isInstanceOf(RuleViolation.class);

        as(users, "hjemmehjaelper");
        assertThat(resolving.toggleUseful(answer)).isTrue();
        assertThatThrownBy(() -> resolving.accept(answer))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        // Since issue 10 a culture bearer accepts only questions that belong to them: Aabenraa's may not accept for
        // Sygeplejen Kolding (before, any culture bearer could); Kolding's own culture bearer may.
        as(users, "kulturbaerer2");
        assertThatThrownBy(() -> resolving.accept(answer))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        as(users, "kulturbaerer");
        resolving.accept(answer);
        assertThat(readModel.details(id).orElseThrow().status()).isEqualTo(QuestionStatus.RESOLVED);
        assertThat(readModel.details(id).orElseThrow().answers().getFirst().usefulCount()).isEqualTo(1);
    }

    @Test
    void a_question_with_several_broken_rules_is_refused_once_with_all_of_them() {
        as(users, "sygeplejerske");
        long before = questionLists.countMine();
        assertThatThrownBy(() -> asking.ask(draft(" ", "", "NO-SUCH-TOPIC", "a", "b", "c", "d", "e", "f", "g", "h",
                "i")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems())
                        .extracting(RuleViolation.Problem::field, RuleViolation.Problem::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("qa.field.title", "qa.error.required.title"),
                                org.assertj.core.groups.Tuple.tuple("qa.field.topic", "qa.error.required.topic"),
                                org.assertj.core.groups.Tuple.tuple("qa.field.tags", "qa.error.too-many-tags")));
        assertThat(questionLists.countMine()).isEqualTo(before);
    }

    @Test
    void a_cpr_number_in_a_question_is_refused_and_nothing_is_stored() {
        as(users, "sygeplejerske");
        long before = questionLists.countMine();
        assertThatThrownBy(() -> asking.ask(draft("Borger 010203-1234 udskrevet uden plan", "", "DISCHARGE")))
                .isInstanceOf(dk.sambo.portal.shared.privacy.PatientDataException.class)
                .satisfies(e -> assertThat(((dk.sambo.portal.shared.privacy.PatientDataException) e).field())
                        .isEqualTo("qa.field.title"));
        assertThat(questionLists.countMine()).isEqualTo(before);
        assertThat(events.stream(QuestionAsked.class)).isEmpty();
    }
}
