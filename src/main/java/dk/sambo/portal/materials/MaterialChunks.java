package dk.sambo.portal.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes of the material versions, stored in the database as numbered chunks of at most {@value #CHUNK} bytes
 * ({@code material_chunk}, migration V18_3). A file is written from a stream and read back chunk by chunk, one
 * query per chunk, so neither an upload nor a download ever holds more than one chunk in memory, on HSQLDB (a
 * cached table, kept on disk) and on PostgreSQL alike (issue 10). A version's chunks are never changed.
 */
@Component
class MaterialChunks {

    static final int CHUNK = 256 * 1024;

    private final JdbcTemplate jdbc;

    MaterialChunks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the stream's bytes as the version's content; returns how many bytes it stored. */
    long write(long versionId, InputStream in) {
        try {
            long total = 0;
            for (int seq = 0;; seq++) {
                var chunk = in.readNBytes(CHUNK);
                if (chunk.length == 0 && seq > 0) {
                    return total;
                }
                int no = seq;
                jdbc.update("insert into material_chunk (version_id, seq, data) values (?, ?, ?)", ps -> {
                    ps.setLong(1, versionId);
                    ps.setInt(2, no);
                    ps.setBytes(3, chunk);
                });
                total += chunk.length;
                if (chunk.length < CHUNK) {
                    return total;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the version's content to {@code out}, one chunk at a time; returns how many bytes it wrote. */
    long copyTo(long versionId, OutputStream out) throws IOException {
        long total = 0;
        for (int seq = 0;; seq++) {
            var chunk = jdbc.query("select data from material_chunk where version_id = ? and seq = ?",
                    rows -> rows.next() ? rows.getBytes(1) : null, versionId, seq);
            if (chunk == null) {
                return total;
            }
            out.write(chunk);
            total += chunk.length;
        }
    }
}
