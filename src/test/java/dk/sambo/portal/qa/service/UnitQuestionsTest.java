package dk.sambo.portal.qa.service;

import static dk.sambo.portal.qa.QaTestSupport.as;
import static dk.sambo.portal.qa.QaTestSupport.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Comparator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.ContactDirectory;
import dk.sambo.portal.organisation.ContactDirectory.DirectoryFilter;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.qa.domain.QuestionStatus;

/**
 * A line manager reads the open questions asked from her units, and only those: answered ones stay until resolved,
 * overdue ones come first. Questions are asked here (rolled back after each test), so counts are compared with
 * the demo's before.
 */
@PortalTest
@Transactional
class UnitQuestionsTest {

    @Autowired UnitQuestions unitQuestions;
    @Autowired Resolving resolving;
    @Autowired Answering answering;
    @Autowired Asking asking;
    @Autowired UserDetailsService users;
    @Autowired PeopleAdministration administration;
    @Autowired ContactDirectory directory;
    @Autowired OrganisationService organisation;
    @Autowired TestClock clock;

    @BeforeEach
    void reset() {
        clock.reset();
    }

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
        clock.reset();
    }

    @Test
    void a_line_manager_sees_open_questions_from_her_unit_until_they_are_resolved() {
        as(users, "leder");
        var before = unitQuestions.counts();
        as(users, "sygeplejerske");
        long fromHerUnit = asking.ask(draft("Hvem sender plejeforløbsplanen ved kort indlæggelse?",
                "Borgeren var indlagt under et døgn.", "DISCHARGE"));
        as(users, "hjemmehjaelper");
        long fromElsewhere = asking.ask(draft("Hvornår er borgeren færdigbehandlet?", "", "DISCHARGE"));

        as(users, "leder");
        assertThat(unitQuestions.counts().open()).isEqualTo(before.open() + 1);
        assertThat(unitQuestions.open(0, 100)).extracting(QuestionRow::id).contains(fromHerUnit)
                .doesNotContain(fromElsewhere);
        // Newest first among those not overdue (other tests may have asked later, on a moved clock).
        assertThat(unitQuestions.open(0, 100)).filteredOn(q -> !q.overdue())
                .isSortedAccordingTo(Comparator.comparing(QuestionRow::askedAt).reversed());

        as(users, "kulturbaerer");
        long answer = answering.answer(fromHerUnit, "Sygehuset sender den, når borgeren udskrives.");
        as(users, "leder");
        assertThat(unitQuestions.open(0, 100)).filteredOn(q -> q.id() == fromHerUnit).singleElement()
                .satisfies(q -> assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED));

        as(users, "sygeplejerske");
        resolving.accept(answer);
        as(users, "leder");
        assertThat(unitQuestions.open(0, 100)).extracting(QuestionRow::id).doesNotContain(fromHerUnit);
        assertThat(unitQuestions.counts()).isEqualTo(before);
    }

    @Test
    void overdue_questions_come_first_and_are_counted() {
        as(users, "leder");
        long overdueBefore = unitQuestions.counts().overdue();
        // Asked ten days ago: long past its response time today.
        clock.set(TestClock.START.minus(Duration.ofDays(10)));
        as(users, "sygeplejerske");
        long asked = asking.ask(draft("Hvem aftaler udskrivning i weekenden?", "", "DISCHARGE"));
        clock.reset();

        as(users, "leder");
        var counts = unitQuestions.counts();
        assertThat(counts.overdue()).isEqualTo(overdueBefore + 1);
        var rows = unitQuestions.open(0, 100);
        assertThat(rows).filteredOn(q -> q.id() == asked).singleElement()
                .satisfies(q -> assertThat(q.overdue()).isTrue());
        assertThat(rows).hasSize((int) counts.open());
        // Every overdue row before every other; newest first within each group.
        int firstNotOverdue = rows.stream().filter(q -> !q.overdue()).findFirst().map(rows::indexOf)
                .orElse(rows.size());
        assertThat(rows.subList(0, firstNotOverdue)).allMatch(QuestionRow::overdue)
                .isSortedAccordingTo(Comparator.comparing(QuestionRow::askedAt).reversed());
        assertThat(rows.subList(firstNotOverdue, rows.size())).noneMatch(QuestionRow::overdue)
                .isSortedAccordingTo(Comparator.comparing(QuestionRow::askedAt).reversed());
        // Paging walks the same order.
        assertThat(unitQuestions.open(1, 2)).isEqualTo(rows.subList(1, Math.min(3, rows.size())));
    }

    @Test
    void a_line_manager_of_another_unit_does_not_see_them_and_staff_may_not_ask_for_the_list() {
        as(users, "sygeplejerske");
        long fromSygeplejen = asking.ask(draft("Hvem sender korrespondancemeddelelsen?", "", "COMMUNICATION"));
        assertThatThrownBy(() -> unitQuestions.counts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> unitQuestions.open(0, 10)).isInstanceOf(AccessDeniedException.class);

        // The leader of Hjemmeplejen Kolding Syd, given a local login for this test.
        as(users, "admin");
        var kolding = organisation.organisations().stream().filter(o -> o.code().equals("KOLDING_KOMMUNE"))
                .findFirst().orElseThrow();
        var syd = organisation.unitsOf(kolding.id()).stream().filter(u -> u.name().equals("Hjemmeplejen Kolding Syd"))
                .findFirst().orElseThrow();
        var leaderSyd = directory.find(new DirectoryFilter(null, Role.LINE_MANAGER, null, null, syd.id(), null),
                PageRequest.of(0, 10)).stream().filter(c -> syd.id() == c.scopeId()).findFirst().orElseThrow();
        administration.setLocalPassword(leaderSyd.personId(), "leder-syd", "syd-lederen-logger-ind-her");
        as(users, "hjemmehjaelper");
        long fromSyd = asking.ask(draft("Hvem følger op efter udskrivning?", "", "DISCHARGE"));

        as(users, "leder-syd");
        assertThat(unitQuestions.open(0, 100)).extracting(QuestionRow::id).contains(fromSyd)
                .doesNotContain(fromSygeplejen);
    }
}
