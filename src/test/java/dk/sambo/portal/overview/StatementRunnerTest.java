package dk.sambo.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.PortalTest;

/**
 * Side by side outside a transaction, on the caller's thread inside one (where uncommitted facts are visible only
 * to the caller's connection), and a failing statement's own exception reaches the caller.
 */
@PortalTest
class StatementRunnerTest {

    @Autowired StatementRunner runner;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void outside_a_transaction_the_statements_run_on_the_pool() {
        var caller = Thread.currentThread();
        var thread = StatementRunner.get(runner.start(Thread::currentThread));
        assertThat(thread).isNotSameAs(caller);
        assertThat(thread.getName()).startsWith("overview-sql-");
    }

    @Test
    void inside_a_transaction_they_run_in_it_and_see_its_uncommitted_rows() {
        transactions.executeWithoutResult(status -> {
            jdbc.update("insert into overview_plan_total (organisation_id, total_activities, changed_at) "
                    + "values (987654321, 3, current_timestamp)");
            var caller = Thread.currentThread();
            var seen = runner.start(() -> new Object[] {Thread.currentThread(), jdbc.queryForObject(
                    "select count(*) from overview_plan_total where organisation_id = 987654321", Long.class)});
            var result = StatementRunner.get(seen);
            assertThat(result[0]).isSameAs(caller);
            assertThat(result[1]).isEqualTo(1L);
            status.setRollbackOnly();
        });
    }

    @Test
    void a_failing_statement_throws_its_own_exception() {
        var failing = runner.start(() -> jdbc.queryForObject("select no_such_column from overview_plan_total",
                Long.class));
        assertThatThrownBy(() -> StatementRunner.get(failing))
                .isInstanceOf(org.springframework.jdbc.BadSqlGrammarException.class);
    }
}
