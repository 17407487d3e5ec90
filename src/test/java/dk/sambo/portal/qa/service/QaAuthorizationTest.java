package dk.sambo.portal.qa.service;

import static dk.sambo.portal.qa.QaTestSupport.as;
import static dk.sambo.portal.qa.QaTestSupport.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.shared.RuleViolation;

/** The services check role and scope themselves: the screens are not the only gate. */
@PortalTest
class QaAuthorizationTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    Resolving resolving;
    @Autowired
    Answering answering;
    @Autowired
    Asking asking;
    @Autowired
    QuestionReadModel readModel;
    @Autowired
    QuestionLists questionLists;
    @Autowired
    Moderation moderation;
    @Autowired
    GeneralQuestions general;
    @Autowired
    GuidanceService guidance;
    @Autowired
    FollowUp followUp;
    @Autowired
    OrganisationService organisations;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        AuthenticatedAs.logout();
    }

    private long resolvedQuestion() {
        as(users, "sygeplejerske");
        long id = asking.ask(draft("Hvem giver besked til egen læge ved weekendudskrivning?", "", "DISCHARGE"));
        as(users, "kulturbaerer");
        long answer = answering.answer(id, "Afdelingen sender epikrise samme dag.");
        as(users, "sygeplejerske");
        resolving.accept(answer);
        return id;
    }

    private long lillebaelt() {
        return organisations.clusters().stream().filter(c -> c.code().equals("LILLEBAELT")).findFirst()
                .orElseThrow().id();
    }

    @Test
    void staff_cannot_hide_redact_or_promote() {
        long id = resolvedQuestion();
        as(users, "hjemmehjaelper");
        assertThatThrownBy(() -> moderation.hide(PostType.QUESTION, id, "Forkert"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.redact(PostType.QUESTION, id, "Forkert")).isInstanceOf(AccessDeniedException.class);
        var draft = new GuidanceDraft("Vejledning", "Tekst", "DISCHARGE", LocalDate.of(2027, 11, 1), Set.of());
        assertThatThrownBy(() -> guidance.promote(id, draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> general.raise(id, "Generelt")).isInstanceOf(AccessDeniedException.class);
        assertThat(readModel.details(id).orElseThrow().may().moderate()).isFalse();
        assertThat(readModel.details(id).orElseThrow().may().promote()).isFalse();
    }

    @Test
    void a_culture_bearer_of_another_cluster_cannot_see_the_cluster_follow_up_list() {
        as(users, "kulturbaerer2");
        assertThatThrownBy(() -> followUp.overdue(lillebaelt(), 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> general.list(lillebaelt(), false, 0, 50)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_implementing_level_sees_only_its_own_cluster() {
        as(users, "implementering");
        followUp.overdue(lillebaelt(), 0, 50);
        assertThat(followUp.myClusters()).extracting(FollowUp.ClusterChoice::name).containsExactly("Lillebælt");
        var other = organisations.clusters().stream().filter(c -> c.code().equals("SOENDERJYLLAND"))
                .findFirst().orElseThrow().id();
        assertThatThrownBy(() -> followUp.overdue(other, 0, 50)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_have_no_queue_and_culture_bearers_cannot_decide() {
        as(users, "hjemmehjaelper");
        assertThatThrownBy(() -> questionLists.queue(QuestionStatus.OPEN, 0, 10)).isInstanceOf(AccessDeniedException.class);
        long id = resolvedQuestion();
        as(users, "leder");
        general.raise(id, "Praksis er forskellig mellem afdelingerne.");
        as(users, "kulturbaerer");
        assertThatThrownBy(() -> general.decide(id, "Beslutning")).isInstanceOf(AccessDeniedException.class);
        as(users, "strategisk");
        general.decide(id, "Klyngen beslutter: egen læge får epikrise samme dag.");
        assertThat(readModel.details(id).orElseThrow().general().decision()).startsWith("Klyngen beslutter");
    }

    @Test
    void a_line_manager_lifts_only_questions_from_their_own_area() {
        as(users, "kulturbaerer2");
        long id = asking.ask(draft("Må vi udskrive til aflastning i weekenden?", "", "DISCHARGE"));
        as(users, "leder");
        assertThatThrownBy(() -> general.raise(id, "Generelt")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_strategic_level_promotes_resolved_questions_of_its_cluster_to_guidance() {
        long id = resolvedQuestion();
        as(users, "strategisk");
        var proposal = guidance.proposal(id);
        assertThat(proposal.body()).isEqualTo("Afdelingen sender epikrise samme dag.");
        long guidanceId = guidance.promote(id, proposal);
        assertThat(guidance.get(guidanceId).orElseThrow().mayEdit()).isTrue();
        assertThat(readModel.details(id).orElseThrow().guidanceId()).isEqualTo(guidanceId);
        assertThatThrownBy(() -> guidance.promote(id, proposal)).isInstanceOf(RuleViolation.class);

        as(users, "kulturbaerer2");
        long other = asking.ask(draft("Sønderjysk spørgsmål om aflastning", "", "DISCHARGE"));
        as(users, "strategisk");
        assertThatThrownBy(() -> guidance.proposal(other)).isInstanceOf(AccessDeniedException.class);
    }
}
