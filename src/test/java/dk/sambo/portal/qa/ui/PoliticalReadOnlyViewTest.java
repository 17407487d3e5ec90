package dk.sambo.portal.qa.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.qa.service.Answering;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.QuestionDraft;

/**
 * Issue 10: the political level reads questions and answers but sees no control to ask, answer, comment or mark
 * useful (the services refuse it too, see {@code RoleScopeMatrixTest}). A culture bearer on the same page still
 * sees them, so the test would notice if the buttons had only been renamed.
 */
class PoliticalReadOnlyViewTest extends KaribuTest {

    @Autowired
    Answering answering;
    @Autowired
    Asking asking;

    private long answeredQuestion() {
        AuthenticatedAs.login(userDetailsService, "sygeplejerske");
        long id = asking.ask(new QuestionDraft("Hvem bestiller hjælpemidler ved udskrivning fredag?", "",
                "DISCHARGE", List.of(), null, null));
        AuthenticatedAs.login(userDetailsService, "kulturbaerer");
        answering.answer(id, "Terapeuten på afsnittet bestiller dem dagen før.");
        return id;
    }

    @Test
    void the_political_level_sees_no_send_answer_add_comment_or_ask_button() {
        long id = answeredQuestion();
        login("politiker");
        navigate("spoergsmaal/" + id);
        assertThat(_find(Button.class, spec -> spec.withText("Send svar"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Tilføj kommentar"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Acceptér svaret"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("qa-useful")))
                .allSatisfy(b -> assertThat(b.isEnabled()).isFalse());

        navigate("spoergsmaal");
        assertThat(_find(Button.class, spec -> spec.withText("Stil et spørgsmål")).stream()
                .filter(Button::isVisible)).isEmpty();

        navigate("spoergsmaal/nyt");
        assertThat(_find(Button.class, spec -> spec.withText("Stil spørgsmålet"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("qa-readonly")).getText())
                .startsWith("Det politiske niveau har læseadgang");
    }

    @Test
    void a_culture_bearer_on_the_same_pages_still_has_them() {
        long id = answeredQuestion();
        login("kulturbaerer");
        navigate("spoergsmaal/" + id);
        assertThat(_find(Button.class, spec -> spec.withText("Send svar"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Tilføj kommentar"))).isNotEmpty();
        navigate("spoergsmaal/nyt");
        assertThat(_find(Button.class, spec -> spec.withText("Stil spørgsmålet"))).hasSize(1);
    }
}
