package dk.sambo.portal.qa.ui;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.qa.service.Answering;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.QuestionDetails;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.qa.service.QuestionReadModel;
import dk.sambo.portal.qa.service.Resolving;

/** Karibu tests of the question screens, with the fixtures they share: a question asked, one resolved, its details. */
abstract class QaKaribuTest extends KaribuTest {

    @Autowired
    Asking asking;
    @Autowired
    Answering answering;
    @Autowired
    Resolving resolving;
    @Autowired
    QuestionReadModel readModel;

    /** A new question of the nurse's about discharge. */
    long asked(String title) {
        login("sygeplejerske");
        return asking.ask(new QuestionDraft(title, "", "DISCHARGE", List.of(), null, null));
    }

    /** A new question, answered by the culture bearer with {@code answer} and accepted by the nurse. */
    long resolved(String title, String answer) {
        long id = asked(title);
        login("kulturbaerer");
        long answerId = answering.answer(id, answer);
        login("sygeplejerske");
        resolving.accept(answerId);
        return id;
    }

    QuestionDetails details(long id) {
        login("admin");
        return readModel.details(id).orElseThrow();
    }
}
