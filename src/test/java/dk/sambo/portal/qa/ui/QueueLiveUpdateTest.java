package dk.sambo.portal.qa.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.Moderation;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.qa.service.QuestionLists;
import dk.sambo.portal.qa.service.QuestionRow;

/**
 * Issue 12: the culture bearer's open queue "Til besvarelse" follows what happens to its questions without a reload:
 * its count and its list refresh by push (the same view, grid and choice, so nothing the reader did is lost). Across
 * nodes the change travels on the cluster channel ({@code EventsTwoNodesIT}); here the in-process channel.
 */
class QueueLiveUpdateTest extends KaribuTest {

    @Autowired Asking asking;
    @Autowired QuestionLists questions;
    @Autowired Moderation moderation;
    @Autowired QueueLiveUpdate live;

    @Test
    void a_question_asked_and_then_hidden_while_the_queue_is_open_shows_and_goes_in_its_count_and_list() {
        login("kulturbaerer");
        navigate("til-besvarelse");
        var view = UI.getCurrent().getCurrentView();
        var grid = grid();
        long before = questions.countQueue(QuestionStatus.OPEN);
        assertThat(summary()).startsWith(before + " ubesvarede");

        AuthenticatedAs.login(userDetailsService, "sygeplejerske");
        long id = asking.ask(new QuestionDraft("Hvem aftaler hjemtransporten efter en sen udskrivelse?", "",
                "DISCHARGE", List.of(), null, null));
        login("kulturbaerer");
        MockVaadin.clientRoundtrip(false);

        assertThat(UI.getCurrent().getCurrentView()).as("not reloaded").isSameAs(view);
        assertThat(grid()).isSameAs(grid);
        assertThat(summary()).startsWith((before + 1) + " ubesvarede");
        assertThat(ids()).contains(id);
        assertThat(_get(Select.class).getValue()).isEqualTo(QuestionStatus.OPEN);

        moderation.hide(PostType.QUESTION, id, "Dublet af et besvaret spørgsmål");
        MockVaadin.clientRoundtrip(false);

        assertThat(summary()).startsWith(before + " ubesvarede");
        assertThat(ids()).doesNotContain(id);
    }

    @Test
    void a_queue_that_is_left_stops_listening() {
        login("kulturbaerer");
        int open = live.openQueues();
        navigate("til-besvarelse");
        assertThat(live.openQueues()).isEqualTo(open + 1);

        navigate("");

        assertThat(live.openQueues()).isEqualTo(open);
    }

    private static String summary() {
        return _find(Paragraph.class).stream().filter(p -> p.hasClassName("qa-queue-summary")).findFirst()
                .orElseThrow().getText();
    }

    private static List<Long> ids() {
        return GridKt._fetch(grid(), 0, 500).stream().map(QuestionRow::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<QuestionRow> grid() {
        return _get(Grid.class);
    }
}
