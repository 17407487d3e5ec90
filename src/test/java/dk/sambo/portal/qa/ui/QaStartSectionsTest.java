package dk.sambo.portal.qa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.service.FollowUp;
import dk.sambo.portal.qa.service.GeneralQuestions;
import dk.sambo.portal.qa.service.QuestionLists;
import dk.sambo.portal.qa.service.UnitQuestions;

/** Doubt questions on each role's "Min side", with the same figures the services give. */
class QaStartSectionsTest extends KaribuTest {

    @Autowired
    QuestionLists questionLists;
    @Autowired
    FollowUp followUp;
    @Autowired
    GeneralQuestions general;
    @Autowired
    UnitQuestions unitQuestions;

    @Test
    void staff_see_their_own_questions_and_can_ask_one() {
        login("sygeplejerske");
        long mine = questionLists.countMine();
        navigate("");
        assertThat(PageText.now()).contains("Mine tvivlsspørgsmål", mine + "\nstillet i alt", "Stil et spørgsmål");
    }

    @Test
    void a_culture_bearer_sees_her_queue_with_the_overdue_count() {
        login("kulturbaerer");
        long open = questionLists.countQueue(QuestionStatus.OPEN);
        long overdue = questionLists.countQueueOverdue();
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

    @Test
    void a_line_manager_sees_the_open_questions_from_her_units_overdue_marked() {
        login("leder");
        var counts = unitQuestions.counts();
        var shown = unitQuestions.open(0, 5);
        assertThat(counts.open()).isPositive();
        navigate("");
        var text = PageText.now();
        assertThat(text).contains("Åbne spørgsmål fra dine enheder", counts.open() + "\nåbne (ikke løst)",
                counts.overdue() + "\nover svarfristen", shown.getFirst().title(), "Sygeplejen Kolding · stillet");
        if (shown.stream().anyMatch(q -> q.overdue())) {
            assertThat(text.indexOf(shown.getFirst().title())).isLessThan(text.lastIndexOf("over svarfristen"));
        }
    }
}
