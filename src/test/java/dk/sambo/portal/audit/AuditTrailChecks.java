package dk.sambo.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.audit.AuditVerification.Kind;

/**
 * The audit trail holds up on every database the portal runs on: TRUNCATE is refused, the hash chain stays whole
 * under concurrent appends, and verifying it finds a changed, a removed and a smuggled-in row. Tampering needs
 * the append-only trigger out of the way, which only the database owner can do: each database's subclass knows
 * how, and every tampering test runs in a transaction that is rolled back, so the shared trail stays whole.
 */
abstract class AuditTrailChecks {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactions;

    /** Lifts the append-only triggers of audit_event (as only the schema owner could), inside the transaction. */
    abstract void liftAppendOnlyTrigger();

    /** Puts the triggers back after the tampering transaction was rolled back, where the rollback did not. */
    abstract void restoreAppendOnlyTrigger();

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
    }

    @Test
    void truncate_table_audit_event_is_refused_and_every_row_stays() {
        audit.record("TRUNCATE_CHECK", "AuditCheck", UUID.randomUUID(), null);
        long before = rows();

        assertThatThrownBy(() -> jdbc.execute("truncate table audit_event")).isInstanceOf(DataAccessException.class);

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void the_chain_is_whole_after_appends_from_many_threads_at_once() throws Exception {
        long before = headSeq();
        var marker = UUID.randomUUID().toString();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var work = new ArrayList<Callable<Void>>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < 15; i++) {
                        audit.record("CONCURRENT_CHECK", "AuditCheck", marker, "thread=" + thread + " i=" + i);
                    }
                    return null;
                });
            }
            for (var done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(headSeq()).isEqualTo(before + 120);
        var seqs = jdbc.queryForList("select chain_seq from audit_event where object_id = ? order by chain_seq",
                Long.class, marker);
        assertThat(seqs).hasSize(120).doesNotHaveDuplicates();
        var result = asAdmin(audit::verifyChain);
        assertThat(result.problems()).isEmpty();
        assertThat(result.checked()).isGreaterThanOrEqualTo(before + 120);
    }

    /** A way a forger with the triggers out of the way can tamper with the trail, and what verifying reports. */
    enum Tampering {
        FIELDS_CHANGED, HASH_RECOMPUTED_BY_A_FORGER, AN_EVENT_REMOVED, THE_NEWEST_EVENT_REMOVED;

        /** The newest event has no successor: the tampered one is then the last of the chain. */
        boolean withSuccessor() {
            return this != THE_NEWEST_EVENT_REMOVED;
        }
    }

    @ParameterizedTest(name = "verify finds {0}")
    @EnumSource(Tampering.class)
    void verify_finds_every_kind_of_tampering_with_an_event(Tampering tampering) {
        var marker = UUID.randomUUID().toString();
        audit.record("TAMPER_CHECK", "AuditCheck", marker, "target");
        if (tampering.withSuccessor()) {
            audit.record("TAMPER_CHECK", "AuditCheck", marker, "after");
        }
        long id = idOf(marker, "target");
        long seq = jdbc.queryForObject("select chain_seq from audit_event where id = ?", Long.class, id);
        assertThat(asAdmin(audit::verifyChain).intact()).isTrue();

        var found = tampered(() -> {
            switch (tampering) {
                case FIELDS_CHANGED -> jdbc.update("update audit_event set details = 'rewritten' where id = ?", id);
                case HASH_RECOMPUTED_BY_A_FORGER -> jdbc.update("update audit_event set details = 'rewritten',"
                        + " hash = ? where id = ?", forgedHash(id, seq, marker), id);
                case AN_EVENT_REMOVED, THE_NEWEST_EVENT_REMOVED ->
                        jdbc.update("delete from audit_event where id = ?", id);
            }
        });

        var expected = switch (tampering) {
            case FIELDS_CHANGED -> tuple(Kind.CHANGED, seq, seq, id);
            // The forged row checks out; its successor still points at the old hash.
            case HASH_RECOMPUTED_BY_A_FORGER -> tuple(Kind.CHANGED, seq + 1, seq + 1, idOf(marker, "after"));
            case AN_EVENT_REMOVED, THE_NEWEST_EVENT_REMOVED -> tuple(Kind.MISSING, seq, seq, null);
        };
        assertThat(found.problems()).extracting(AuditVerification.Problem::kind, AuditVerification.Problem::fromSeq,
                AuditVerification.Problem::toSeq, AuditVerification.Problem::eventId).containsExactly(expected);
    }

    /** The hash a forger who knows the algorithm gives the event after rewriting its details. */
    private String forgedHash(long id, long seq, String marker) {
        var row = jdbc.queryForMap("select * from audit_event where id = ?", id);
        String previous = jdbc.queryForObject("select hash from audit_event where chain_seq = ?", String.class,
                seq - 1);
        var occurredAt = jdbc.queryForObject("select occurred_at from audit_event where id = ?",
                java.time.OffsetDateTime.class, id).toInstant();
        return AuditChain.hash(seq, occurredAt, null, (String) row.get("actor"), (String) row.get("action"),
                "AuditCheck", marker, "rewritten", List.of(), previous);
    }

    @Test
    void an_event_recorded_one_by_one_with_characters_the_storage_cleans_away_still_verifies() {
        var marker = UUID.randomUUID().toString();
        // A carriage return and a right-to-left override: stored as "line\nbreak" and "fdp.exe".
        audit.record("CLEAN_CHECK", "AuditCheck", marker, "line\r\nbreak \u202Efdp.exe");

        assertThat(jdbc.queryForObject("select details from audit_event where object_id = ?", String.class, marker))
                .isEqualTo("line\nbreak fdp.exe");
        assertThat(asAdmin(audit::verifyChain).problems()).isEmpty();
    }

    @Test
    void verify_finds_an_event_inserted_around_the_chain() {
        var found = tampered(() -> jdbc.update("insert into audit_event (occurred_at, actor, action, object_type)"
                + " values (current_timestamp, 'forger', 'LOGIN_SUCCEEDED', 'Person')"));

        assertThat(found.problems()).extracting(AuditVerification.Problem::kind).containsExactly(Kind.UNCHAINED);
    }

    @Test
    void verify_is_itself_recorded_with_the_head_it_ended_at() {
        var result = asAdmin(audit::verifyChain);

        var recorded = asAdmin(() -> audit.search(new AuditFilter(null, "AUDIT_CHAIN_VERIFIED", null, null), 0, 1))
                .getFirst();
        assertThat(recorded.getDetails()).contains("problems=0", "head=" + result.headSeq() + ":"
                + result.headHash());
        assertThat(recorded.getActor()).isEqualTo("Peter Thomsen");
    }

    /** Tampers (triggers lifted), verifies in the same transaction, then rolls everything back. */
    private AuditVerification tampered(Runnable tampering) {
        var result = new AuditVerification[1];
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                liftAppendOnlyTrigger();
                tampering.run();
                result[0] = asAdmin(audit::verifyChain);
                status.setRollbackOnly();
            });
        } finally {
            restoreAppendOnlyTrigger();
        }
        assertThat(asAdmin(audit::verifyChain).intact()).as("the rollback left the trail whole").isTrue();
        return result[0];
    }

    long rows() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }

    private long headSeq() {
        return jdbc.queryForObject("select last_seq from audit_chain_head", Long.class);
    }

    private long idOf(String marker, String details) {
        return jdbc.queryForObject("select id from audit_event where object_id = ? and details = ?", Long.class,
                marker, details);
    }

    <T> T asAdmin(Supplier<T> work) {
        AuthenticatedAs.login(users, "admin");
        try {
            return work.get();
        } finally {
            AuthenticatedAs.logout();
        }
    }
}
