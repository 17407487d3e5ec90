package dk.sambo.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dk.sambo.portal.PortalTest;

/** {@link AuditTrailChecks} on the embedded HSQLDB, plus the HSQLDB-specific TRUNCATE forms and the migration. */
@PortalTest
class HsqldbAuditTrailTest extends AuditTrailChecks {

    private static final String NO_UPDATE = "create trigger audit_event_no_update before update on audit_event"
            + " for each row signal sqlstate '45000' set message_text = 'audit_event is append-only'";
    private static final String NO_DELETE = "create trigger audit_event_no_delete before delete on audit_event"
            + " for each row signal sqlstate '45000' set message_text = 'audit_event is append-only'";

    @Override
    void liftAppendOnlyTrigger() {
        // HSQLDB commits DDL at once (here before anything else happened in the transaction).
        jdbc.execute("drop trigger audit_event_no_update");
        jdbc.execute("drop trigger audit_event_no_delete");
    }

    @Override
    void restoreAppendOnlyTrigger() {
        jdbc.execute(NO_UPDATE);
        jdbc.execute(NO_DELETE);
    }

    @Test
    void truncate_with_restart_identity_or_and_commit_is_refused_too() {
        long before = rows();

        assertThatThrownBy(() -> jdbc.execute("truncate table audit_event restart identity"))
                .hasMessageContaining("foreign key");
        assertThatThrownBy(() -> jdbc.execute("truncate table audit_event and commit"))
                .hasMessageContaining("foreign key");
        assertThatThrownBy(() -> jdbc.execute("delete from audit_chain_head")).hasMessageContaining("append-only");

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void rows_from_before_the_chain_are_hashed_in_id_order_by_the_migration() {
        var dataSource = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
                "jdbc:hsqldb:mem:audit-migration-" + System.nanoTime() + ";hsqldb.tx=mvcc", "SA", "");
        var db = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common",
                "classpath:db/migration/hsqldb").target("9.1").load().migrate();
        db.update("insert into audit_event (occurred_at, actor_id, actor, action, object_type, object_id, details)"
                + " values (?, 7, 'Mette Sørensen', 'QUESTION_ASKED', 'Question', '3', 'unit=2')",
                OffsetDateTime.parse("2026-01-05T08:00:00.123456Z"));
        db.update("insert into audit_event (occurred_at, actor, action, object_type) values (?, 'system',"
                + " 'GUIDANCE_REVIEW_DUE', 'Guidance')", OffsetDateTime.parse("2026-01-06T08:00:00Z"));

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common",
                "classpath:db/migration/hsqldb").javaMigrations(new V9_2__HashExistingAuditEvents()).load().migrate();

        var first = AuditChain.hash(1, Instant.parse("2026-01-05T08:00:00.123456Z"), 7L, "Mette Sørensen",
                "QUESTION_ASKED", "Question", "3", "unit=2", List.of(), AuditChain.GENESIS);
        var second = AuditChain.hash(2, Instant.parse("2026-01-06T08:00:00Z"), null, "system",
                "GUIDANCE_REVIEW_DUE", "Guidance", null, null, List.of(), first);
        assertThat(db.queryForList("select hash from audit_event order by id", String.class))
                .containsExactly(first, second);
        assertThat(db.queryForMap("select last_seq, last_hash from audit_chain_head"))
                .containsEntry("LAST_SEQ", 2L).containsEntry("LAST_HASH", second);
        // The migration put the append-only trigger back.
        assertThatThrownBy(() -> db.update("update audit_event set actor = 'x'")).hasMessageContaining("append-only");
        db.execute("shutdown");
    }
}
