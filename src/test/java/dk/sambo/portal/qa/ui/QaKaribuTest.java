package dk.sambo.portal.qa.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

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

    /** The strategic level opens the question and its "make it agreed guidance" dialog. */
    Dialog promoteDialog(long id) {
        login("strategisk");
        navigate("spoergsmaal/" + id);
        _click(_get(Button.class, spec -> spec.withText("Gør til fælles vejledning")));
        return _get(Dialog.class);
    }

    QuestionDetails details(long id) {
        login("admin");
        return readModel.details(id).orElseThrow();
    }
}
