package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row count of every table of the embedded database, for tests that a request only reads: compare before and
 * after. The tables a read writes to by design are left out: the audit trail records reads of personal data,
 * downloads and exports, and the login throttle and open sessions follow the logins.
 */
final class RowCounts {

    private static final List<String> WRITTEN_BY_READS = List.of("AUDIT_EVENT", "AUDIT_CHAIN_HEAD", "OPEN_SESSION",
            "LOGIN_THROTTLE");

    private RowCounts() {
    }

    static Map<String, Long> of(JdbcTemplate jdbc) {
        var counts = new TreeMap<String, Long>();
        for (var table : jdbc.queryForList("select table_name from information_schema.tables where table_schema ="
                + " 'PUBLIC' and table_type = 'BASE TABLE'", String.class)) {
            if (!WRITTEN_BY_READS.contains(table)) {
                counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
            }
        }
        assertThat(counts).hasSizeGreaterThan(20);
        return counts;
    }
}
