package dk.sambo.portal.qa.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

import dk.sambo.portal.KaribuTest;

/** Administration → Søgeindeks: counts, a rebuild with progress and a final message; administrators only. */
class SearchIndexViewTest extends KaribuTest {

    @Test
    void an_administrator_rebuilds_the_search_index_and_is_told_when_it_is_done() throws Exception {
        login("admin");
        navigate("admin/soegeindeks");
        assertThat(_get(Span.class, s -> s.withClasses("search-index-counts")).getText())
                .startsWith("Databasen har ").contains("spørgsmål, indekset");

        _click(_get(Button.class, s -> s.withText("Genopbyg søgeindeks")));
        var status = _get(Span.class, s -> s.withClasses("search-index-status"));
        // The mocked UI lives on this thread: poll here, with a round trip before each look.
        await().atMost(Duration.ofMinutes(1)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return status.getText().startsWith("Søgeindekset er genopbygget");
        });

        assertThat(status.getText()).startsWith("Søgeindekset er genopbygget");
        assertThat(_get(Button.class, s -> s.withText("Genopbyg søgeindeks")).isEnabled()).isTrue();
    }

    @Test
    void a_culture_bearer_cannot_open_the_search_index_page() {
        login("kulturbaerer");

        assertThatThrownBy(() -> navigate("admin/soegeindeks")).isInstanceOf(MockAccessDeniedException.class);
    }
}
