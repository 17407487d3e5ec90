package dk.sambo.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import dk.sambo.portal.persistence.PostgresTest;

/** {@link AuditTrailChecks} on PostgreSQL, plus the forms of TRUNCATE only PostgreSQL has. */
@PostgresTest
class PostgresAuditTrailIT extends AuditTrailChecks {

    /** See PostgresPersistenceIT: put back the security-context strategy this context's Vaadin replaced. */
    private static final SecurityContextHolderStrategy OUTER_STRATEGY = SecurityContextHolder
            .getContextHolderStrategy();

    @org.springframework.beans.factory.annotation.Autowired
    SecurityContextHolderStrategy contextStrategy;

    /**
     * An earlier class on the same cached context may have put the outer strategy back already; the services'
     * method security reads this context's strategy, so logins in these tests must go there.
     */
    private SecurityContextHolderStrategy before;

    @org.junit.jupiter.api.BeforeEach
    void useThisContextsSecurityContextStrategy() {
        before = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(contextStrategy);
    }

    /** Leaves the strategy as this test found it, for the end-to-end tests that run after it. */
    @org.junit.jupiter.api.AfterEach
    void putBackTheStrategyFound() {
        SecurityContextHolder.setContextHolderStrategy(before);
    }

    @AfterAll
    static void restoreSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(OUTER_STRATEGY);
    }

    @Override
    void liftAppendOnlyTrigger() {
        jdbc.execute("alter table audit_event disable trigger audit_event_no_update");
    }

    @Override
    void restoreAppendOnlyTrigger() {
        // PostgreSQL DDL is transactional: the rollback enabled the trigger again.
        assertThat(jdbc.queryForObject("select t.tgenabled from pg_trigger t join pg_class c on c.oid = t.tgrelid "
                + "where t.tgname = 'audit_event_no_update' and c.relnamespace = to_regnamespace(current_schema())",
                String.class)).isEqualTo("O");
    }

    @Test
    void truncate_cascade_and_truncate_of_all_audit_tables_together_are_refused_by_the_trigger() {
        long before = rows();

        assertThatThrownBy(() -> jdbc.execute("truncate table audit_event cascade"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate table audit_event, audit_event_subject, audit_chain_head"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate table audit_chain_head cascade"))
                .hasMessageContaining("append-only");

        assertThat(rows()).isEqualTo(before);
    }
}
