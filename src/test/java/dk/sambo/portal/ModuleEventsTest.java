package dk.sambo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.qa.QuestionAsked;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.QuestionDraft;

/**
 * Events between modules, with Spring Modulith's {@link Scenario}: a stimulus in one module, the event it publishes,
 * and the state it leaves in the listening module. Runs in the shared portal context ({@code @EnableScenarios}
 * adds no context of its own) and in a test transaction that is rolled back, so nothing is left behind (the
 * listeners here are synchronous and join it).
 */
@PortalTest
@EnableScenarios
@Transactional
class ModuleEventsTest {

    @Autowired
    Asking questions;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    @Test
    void a_question_asked_in_qa_becomes_a_fact_of_the_overview(Scenario scenario) {
        AuthenticatedAs.login(users, "sygeplejerske");
        scenario.stimulate(() -> questions.ask(new QuestionDraft("Hvem bestiller hjælpemidler før udskrivelsen?",
                "", "DISCHARGE", List.of(), null, null)))
                .andWaitForEventOfType(QuestionAsked.class)
                .toArriveAndVerify(asked -> assertThat(jdbc.queryForList(
                        "select topic_code from overview_question_fact where question_id = ?", String.class,
                        asked.questionId())).containsExactly("DISCHARGE"));
    }
}
