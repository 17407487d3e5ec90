package dk.sambo.portal.materials;

import java.util.ArrayList;
import java.util.Arrays;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Moves the files stored before V18_3 from {@code material_content} (one row per file) into
 * {@code material_chunk}, file by file, and drops the old table. Each file is read once here (at most 25 MB, one
 * at a time); afterwards nothing reads a file whole. A Spring bean, so Flyway (configured by Spring Boot) runs it.
 */
@Component
class V18_4__MoveMaterialContentToChunks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        var ids = new ArrayList<Long>();
        try (var select = connection.createStatement();
                var rows = select.executeQuery("select version_id from material_content order by version_id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        try (var read = connection.prepareStatement("select content from material_content where version_id = ?");
                var insert = connection.prepareStatement(
                        "insert into material_chunk (version_id, seq, data) values (?, ?, ?)")) {
            for (long id : ids) {
                read.setLong(1, id);
                byte[] content;
                try (var rows = read.executeQuery()) {
                    rows.next();
                    content = rows.getBytes(1);
                }
                int seq = 0;
                for (int from = 0; from < content.length || seq == 0; from += MaterialChunks.CHUNK, seq++) {
                    insert.setLong(1, id);
                    insert.setInt(2, seq);
                    insert.setBytes(3, Arrays.copyOfRange(content, from,
                            Math.min(content.length, from + MaterialChunks.CHUNK)));
                    insert.executeUpdate();
                }
            }
        }
        try (var drop = connection.createStatement()) {
            drop.execute("drop table material_content");
        }
    }
}
