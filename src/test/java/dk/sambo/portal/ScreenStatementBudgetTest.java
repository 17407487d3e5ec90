package dk.sambo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

/**
 * Issue 15: what one screen may cost in SQL statements, as the overview's own budget
 * ({@code OverviewStatementCountTest}) does for its queries. Each screen is opened as a click in the menu would
 * (navigation plus the client's round trip, so lazy grids fetch their first page) and every statement the test's
 * thread prepares is counted ({@link StatementCounter}). A budget is the count measured alone, times 1.5, plus 10:
 * in the whole suite the other tests of the same JVM add questions, sessions and people first, and the counts
 * there were up to 51 % higher (several screens still read one row at a time, see docs/benchmarks-load.md). A
 * new per-row lookup breaks it; lower it when a change makes a screen cheaper. Measured alone on 2026-12-03 with
 * {@code hibernate.default_batch_fetch_size=32}; {@code -Dstatements.print=true} in the test JVM
 * ({@code -Dportal.jvm.flags=...}) prints each statement.
 */
class ScreenStatementBudgetTest extends KaribuTest {

    /** The start page ("Min side") of each demo account, one account per role, with its budget. */
    static final Map<String, Integer> START_PAGE = new LinkedHashMap<>();

    static {
        START_PAGE.put("sygeplejerske", 105); // measured 63
        START_PAGE.put("hjemmehjaelper", 78); // measured 45
        START_PAGE.put("sygehus", 75); // measured 43
        START_PAGE.put("kulturbaerer", 162); // measured 101
        START_PAGE.put("leder", 381); // measured 247
        START_PAGE.put("direktoer", 73); // measured 42
        START_PAGE.put("strategisk", 192); // measured 121
        START_PAGE.put("implementering", 240); // measured 153
        START_PAGE.put("politiker", 178); // measured 112
        START_PAGE.put("region", 298); // measured 192
        START_PAGE.put("admin", 39); // measured 19
    }

    static final int QUESTION_LIST = 27; // measured 11
    static final int QUESTION_PAGE = 58; // measured 32
    static final int CALENDAR = 16; // measured 4 (the sessions load with the calendar's fetch)
    /**
     * Measured 590: {@code SessionFormChoices} asks {@code TrainingCalendar.mayCreate} for every type and place, and
     * every check reads the person's grants again ({@code AccessControl} reads them per check, on purpose, so a
     * revoked role stops at once). A per-request snapshot of the grants would take most of it away.
     */
    static final int SESSION_FORM = 895;

    @Autowired
    JdbcTemplate jdbc;

    static Iterable<String> accounts() {
        return START_PAGE.keySet();
    }

    @ParameterizedTest
    @MethodSource("accounts")
    void the_start_page_of_each_role_keeps_its_budget(String account) {
        login(account);
        assertThat(open("")).as("Min side of " + account).isLessThanOrEqualTo(START_PAGE.get(account));
    }

    @Test
    void the_question_list_keeps_its_budget() {
        login("strategisk");
        assertThat(open("spoergsmaal")).isLessThanOrEqualTo(QUESTION_LIST);
    }

    @Test
    void a_question_page_keeps_its_budget() {
        login("strategisk");
        var id = jdbc.queryForObject("select min(id) from question", Long.class);
        assertThat(open("spoergsmaal/" + id)).isLessThanOrEqualTo(QUESTION_PAGE);
    }

    @Test
    void the_calendar_keeps_its_budget() {
        login("implementering");
        assertThat(open("kalender")).isLessThanOrEqualTo(CALENDAR);
    }

    @Test
    void the_session_form_keeps_its_budget() {
        login("implementering");
        assertThat(open("kalender/rediger")).isLessThanOrEqualTo(SESSION_FORM);
    }

    /** Opens a screen as a menu click does and returns the statements it cost; prints them for the budgets. */
    private int open(String path) {
        // Warm: the first visit of a view in this JVM loads translations, route data and metadata once.
        navigate(path);
        MockVaadin.clientRoundtrip(false);
        // Then away (navigating to the open view again would be no navigation), and the measured visit.
        navigate(path.isEmpty() ? "spoergsmaal" : "");
        MockVaadin.clientRoundtrip(false);
        int statements = StatementCounter.count(() -> {
            UI.getCurrent().navigate(path);
            MockVaadin.clientRoundtrip(false);
        });
        System.out.println("statement budget: /" + path + " " + statements);
        return statements;
    }
}
