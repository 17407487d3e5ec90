package dk.sambo.portal.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migration V18_4 on a database with files stored the old way (one {@code material_content} row per file): every
 * file comes back from its chunks byte for byte, including an empty one and one ending on a chunk boundary, and
 * the old table is gone. Runs the real migrations on an HSQLDB database of its own.
 */
class MaterialChunksMigrationTest {

    @Test
    void files_stored_before_are_moved_into_chunks_byte_for_byte_and_the_old_table_is_dropped() throws Exception {
        var url = "jdbc:hsqldb:mem:chunks-migration-" + System.nanoTime() + ";hsqldb.tx=mvcc";
        var before = Flyway.configure().dataSource(url, "SA", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/hsqldb").target("18.1")
                .load();
        before.migrate();
        var random = new Random(7);
        byte[][] files = {new byte[MaterialChunks.CHUNK * 2 + 5], new byte[MaterialChunks.CHUNK], new byte[0],
                new byte[1000]};
        long[] ids = new long[files.length];
        try (var connection = DriverManager.getConnection(url, "SA", "")) {
            try (var material = connection.prepareStatement("insert into material (title, audience, created_at)"
                    + " values ('Gammel fil', 'EVERYONE', ?)")) {
                material.setObject(1, OffsetDateTime.now());
                material.executeUpdate();
            }
            for (int i = 0; i < files.length; i++) {
                random.nextBytes(files[i]);
                try (var version = connection.prepareStatement("insert into material_version (material_id,"
                        + " version_no, file_name, content_type, size_bytes, sha256, uploaded_by_name, uploaded_at)"
                        + " values ((select max(id) from material), ?, 'f.pdf', 'application/pdf', ?, 'x', 'Demo', ?)",
                        new String[] {"id"})) {
                    version.setInt(1, i + 1);
                    version.setLong(2, files[i].length);
                    version.setObject(3, OffsetDateTime.now());
                    version.executeUpdate();
                    try (var keys = version.getGeneratedKeys()) {
                        keys.next();
                        ids[i] = keys.getLong(1);
                    }
                }
                try (var content = connection.prepareStatement(
                        "insert into material_content (version_id, content) values (?, ?)")) {
                    content.setLong(1, ids[i]);
                    content.setBytes(2, files[i]);
                    content.executeUpdate();
                }
            }
        }

        Flyway.configure().dataSource(url, "SA", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/hsqldb")
                .javaMigrations(new V18_4__MoveMaterialContentToChunks()).load().migrate();

        try (var connection = DriverManager.getConnection(url, "SA", "")) {
            var chunks = new MaterialChunks(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
            for (int i = 0; i < files.length; i++) {
                var out = new ByteArrayOutputStream();
                assertThat(chunks.copyTo(ids[i], out)).isEqualTo(files[i].length);
                assertThat(out.toByteArray()).as("file " + i).isEqualTo(files[i]);
            }
            try (var tables = connection.getMetaData().getTables(null, null, "MATERIAL_CONTENT", null)) {
                assertThat(tables.next()).as("material_content dropped").isFalse();
            }
        }
    }
}
