package dk.sambo.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    @Test
    void verify_finds_an_event_whose_fields_were_changed() {
        var marker = UUID.randomUUID().toString();
        audit.record("TAMPER_CHECK", "AuditCheck", marker, "original");
        audit.record("TAMPER_CHECK", "AuditCheck", marker, "after");
        long id = idOf(marker, "original");
        assertThat(asAdmin(audit::verifyChain).intact()).isTrue();

        var found = tampered(() -> jdbc.update("update audit_event set details = 'rewritten' where id = ?", id));

        assertThat(found.problems()).extracting(AuditVerification.Problem::kind, AuditVerification.Problem::eventId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, id));
    }

    @Test
    void verify_finds_an_event_whose_hash_was_recomputed_by_its_successor() {
        var marker = UUID.randomUUID().toString();
        audit.record("TAMPER_CHECK", "AuditCheck", marker, "original");
        audit.record("TAMPER_CHECK", "AuditCheck", marker, "after");
        long id = idOf(marker, "original");
        long next = idOf(marker, "after");
        var row = jdbc.queryForMap("select * from audit_event where id = ?", id);
        String previous = jdbc.queryForObject("select hash from audit_event where chain_seq = ?", String.class,
                ((Number) row.get("chain_seq")).longValue() - 1);
        // A forger who knows the algorithm rewrites the row and its own hash: the next row still points at the old.
        var forgedHash = AuditChain.hash(((Number) row.get("chain_seq")).longValue(),
                ((java.time.OffsetDateTime) jdbc.queryForObject("select occurred_at from audit_event where id = ?",
                        java.time.OffsetDateTime.class, id)).toInstant(), null, (String) row.get("actor"),
                (String) row.get("action"), "AuditCheck", marker, "rewritten", List.of(), previous);

        var found = tampered(() -> jdbc.update("update audit_event set details = 'rewritten', hash = ? where id = ?",
                forgedHash, id));

        assertThat(found.problems()).extracting(AuditVerification.Problem::kind, AuditVerification.Problem::eventId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, next));
    }

    @Test
    void verify_finds_a_removed_event() {
        var marker = UUID.randomUUID().toString();
        audit.record("TAMPER_CHECK", "AuditCheck", marker, "removed");
        audit.record("TAMPER_CHECK", "AuditCheck", marker, "after");
        long id = idOf(marker, "removed");
        long seq = jdbc.queryForObject("select chain_seq from audit_event where id = ?", Long.class, id);

        var found = tampered(() -> jdbc.update("delete from audit_event where id = ?", id));

        assertThat(found.problems()).extracting(AuditVerification.Problem::kind, AuditVerification.Problem::fromSeq,
                AuditVerification.Problem::toSeq).containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MISSING,
                        seq, seq));
    }

    @Test
    void verify_finds_the_newest_event_removed_from_the_end_of_the_trail() {
        var marker = UUID.randomUUID().toString();
        audit.record("TAMPER_CHECK", "AuditCheck", marker, "newest");
        long id = idOf(marker, "newest");
        long seq = jdbc.queryForObject("select chain_seq from audit_event where id = ?", Long.class, id);

        var found = tampered(() -> jdbc.update("delete from audit_event where id = ?", id));

        assertThat(found.problems()).extracting(AuditVerification.Problem::kind, AuditVerification.Problem::fromSeq,
                AuditVerification.Problem::toSeq).containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MISSING,
                        seq, seq));
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
