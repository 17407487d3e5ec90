package dk.sambo.portal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Puts the audit events written before the hash chain existed (V9_1) into it: in id order they get places 1, 2,
 * 3, ... and their hashes, and the chain head is set to the last of them (or to the genesis hash on an empty
 * trail). The append-only trigger is lifted for exactly this update, inside the migration's transaction.
 * A Spring bean, so Flyway (configured by Spring Boot) runs it between the SQL migrations V9_1 and V9_3.
 */
@Component
class V9_2__HashExistingAuditEvents extends BaseJavaMigration {

    private static final String HSQLDB_TRIGGER = "create trigger audit_event_no_update before update on audit_event"
            + " for each row signal sqlstate '45000' set message_text = 'audit_event is append-only'";

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (var statement = connection.createStatement()) {
            statement.execute(postgres ? "alter table audit_event disable trigger audit_event_no_update"
                    : "drop trigger audit_event_no_update");
            var last = hashAll(connection);
            statement.execute(postgres ? "alter table audit_event enable trigger audit_event_no_update"
                    : HSQLDB_TRIGGER);
            try (var insert = connection.prepareStatement(
                    "insert into audit_chain_head (id, last_seq, last_hash) values (1, ?, ?)")) {
                insert.setLong(1, last.seq());
                insert.setString(2, last.hash());
                insert.executeUpdate();
            }
        }
    }

    private record Last(long seq, String hash) {
    }

    private static Last hashAll(Connection connection) throws SQLException {
        long seq = 0;
        String previous = AuditChain.GENESIS;
        boolean pending = false;
        try (var select = connection.createStatement();
                var update = connection.prepareStatement("update audit_event set chain_seq = ?, hash = ? where id = ?")) {
            select.setFetchSize(1000);
            try (var rows = select.executeQuery("select id, occurred_at, actor_id, actor, action, object_type,"
                    + " object_id, details from audit_event order by id")) {
                while (rows.next()) {
                    seq++;
                    long id = rows.getLong(1);
                    var actorId = rows.getObject(3) == null ? null : rows.getLong(3);
                    var hash = AuditChain.hash(seq, rows.getObject(2, OffsetDateTime.class).toInstant(), actorId,
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8), List.of(), previous);
                    update.setLong(1, seq);
                    update.setString(2, hash);
                    update.setLong(3, id);
                    update.addBatch();
                    if (seq % 500 == 0) {
                        update.executeBatch();
                    }
                    pending = seq % 500 != 0;
                    previous = hash;
                }
            }
            if (pending) {
                update.executeBatch();
            }
        }
        return new Last(seq, previous);
    }
}
