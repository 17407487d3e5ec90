package dk.sambo.portal.qa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.qa.FollowUp;
import dk.sambo.portal.qa.GeneralQuestions;
import dk.sambo.portal.qa.QuestionStatus;
import dk.sambo.portal.qa.Questions;

/** Doubt questions on each role's "Min side", with the same figures the services give. */
class QaStartSectionsTest extends KaribuTest {

    @Autowired
    Questions questions;
    @Autowired
    FollowUp followUp;
    @Autowired
    GeneralQuestions general;

    @Test
    void staff_see_their_own_questions_and_can_ask_one() {
        login("sygeplejerske");
        long mine = questions.countMine();
        navigate("");
        assertThat(PageText.now()).contains("Mine tvivlsspørgsmål", mine + "\nstillet i alt", "Stil et spørgsmål");
    }

    @Test
    void a_culture_bearer_sees_her_queue_with_the_overdue_count() {
        login("kulturbaerer");
        long open = questions.countQueue(QuestionStatus.OPEN);
        long overdue = questions.countQueueOverdue();
        navigate("");
        assertThat(PageText.now()).contains("Til besvarelse", open + "\nåbne i din kø",
                overdue + "\nover svarfristen");
    }

    @Test
    void the_implementing_level_sees_the_clusters_overdue_questions() {
        login("implementering");
        long overdue = followUp.countOverdue(null);
        assertThat(overdue).isPositive();
        navigate("");
        assertThat(PageText.now()).contains("Forfaldne og eskalerede spørgsmål i klyngen", overdue + "\n");
    }

    @Test
    void the_strategic_level_sees_general_questions_awaiting_a_decision() {
        login("strategisk");
        long waiting = general.count(null, true);
        navigate("");
        assertThat(PageText.now()).contains("Generelle spørgsmål, der venter på beslutning", waiting + "\nventer",
                "Fælles vejledninger til revision");
    }
}
