package dk.sambo.portal.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLDataException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.LogCapture;
import dk.sambo.portal.qa.QuestionDraft;
import dk.sambo.portal.qa.QuestionSearch;
import dk.sambo.portal.qa.SearchCriteria;

/**
 * Issue 9: bad input gets a clear message, never the error page, and nothing is logged as an error.
 */
class BadInputTest extends KaribuTest {

    /** 3,000 different words: far more than Lucene's 1,024 clauses once spread over the searched fields. */
    private static final String LONG_SEARCH = String.join(" ",
            java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "ord" + i).toList());

    @Autowired
    QuestionSearch search;

    private LogCapture log;

    @BeforeEach
    void capture() {
        log = new LogCapture();
        // Karibu discovers only public error views; the portal's are package-private, as in production, where
        // Vaadin's Spring scan registers them. Register them here so the pages are the ones a person would see.
        com.vaadin.flow.server.startup.ApplicationRouteRegistry
                .getInstance(com.vaadin.flow.server.VaadinService.getCurrent().getContext())
                .setErrorNavigationTargets(java.util.Set.of(ErrorView.class, AccessDeniedView.class));
    }

    @AfterEach
    void release() {
        log.close();
    }

    @Test
    void a_search_text_longer_than_lucenes_clause_limit_is_shortened_with_a_message_not_the_error_page() {
        login("sygeplejerske");
        assertThat(search.count(SearchCriteria.text(LONG_SEARCH))).isGreaterThanOrEqualTo(0);
        assertThat(search.search(SearchCriteria.text(LONG_SEARCH), 0, 20)).isNotNull();
        assertThat(search.similar(LONG_SEARCH, 5)).isNotNull();

        UI.getCurrent().navigate("spoergsmaal", QueryParameters.simple(java.util.Map.of("q", LONG_SEARCH)));
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).startsWith("QuestionListView");
        var field = _get(TextField.class, s -> s.withClasses("qa-search"));
        assertThat(field.getMaxLength()).isEqualTo(SearchCriteria.TEXT_MAX);
        assertThat(field.getHelperText()).isEqualTo("Søgningen bruger kun de første 200 tegn.");
        assertThat(log.errors()).isEmpty();
    }

    @Test
    void a_ten_megabyte_question_body_is_refused_with_a_danish_message_and_the_field_stops_it_in_the_browser() {
        login("sygeplejerske");
        navigate("spoergsmaal/nyt");
        var body = _find(TextArea.class).stream().filter(a -> a.getMaxLength() == QuestionDraft.BODY_MAX)
                .findFirst().orElseThrow();
        _find(TextField.class).stream().filter(f -> f.getMaxLength() == QuestionDraft.TITLE_MAX).findFirst()
                .orElseThrow().setValue("Hvem sender plejeforløbsplanen ved udskrivelse en fredag?");
        @SuppressWarnings("unchecked")
        Select<String> topic = _get(Select.class, s -> s.withLabel("Emne"));
        topic.setValue("COMMUNICATION");
        body.setValue("x".repeat(10 * 1024 * 1024));
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withText("Stil spørgsmålet")));
        NotificationsKt.expectNotifications("Beskrivelsen må højst være 10.000 tegn.");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).startsWith("AskView");
        assertThat(log.errors()).isEmpty();
    }

    @Test
    void a_value_the_database_finds_too_long_gets_a_clear_message_in_any_field() {
        var tooLong = new DataIntegrityViolationException("could not execute statement",
                new SQLDataException("value too long for type character varying(200)", "22001"));
        assertThat(dk.sambo.portal.shared.ui.Feedback.isTextTooLong(tooLong)).isTrue();
        assertThat(dk.sambo.portal.shared.ui.Feedback.isTextTooLong(new IllegalStateException("other"))).isFalse();
    }

    @Test
    void a_role_that_may_not_create_a_spreading_decision_gets_page_not_found_at_spredning_ny() {
        for (var account : List.of("politiker", "direktoer", "implementering")) {
            login(account);
            navigate("spredning/ny");
            assertThat(UI.getCurrent().getCurrentView()).as(account).isInstanceOf(AccessDeniedView.class);
            assertThat(PageText.now()).contains("Siden findes ikke").doesNotContain("Der skete en fejl");
        }
        assertThat(log.errors()).isEmpty();
    }
}
