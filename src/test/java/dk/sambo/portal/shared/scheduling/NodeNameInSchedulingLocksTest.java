package dk.sambo.portal.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import dk.sambo.portal.LogCapture;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.shared.cluster.NodeIdentity;

/**
 * Issue 12: ShedLock wrote the same host name for every node. The lock now carries the node's name
 * ({@code portal.node-name}, default host:port) and each job run is logged with its node.
 */
@PortalTest
class NodeNameInSchedulingLocksTest {

    @Autowired
    LockProvider lockProvider;

    @Autowired
    NodeIdentity node;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Test
    void a_job_run_records_this_nodes_name_in_the_lock_and_logs_start_and_end_with_it() {
        var jdbc = new JdbcTemplate(dataSource);
        try (var log = new LogCapture()) {
            var lock = lockProvider.lock(new LockConfiguration(clock.instant(), "node-name-test",
                    Duration.ofMinutes(1), Duration.ZERO));

            assertThat(lock).isPresent();
            assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'node-name-test'",
                    String.class)).isEqualTo(node.name());
            lock.get().unlock();
            assertThat(log.text()).contains("Job 'node-name-test' runs on node " + node.name())
                    .contains("Job 'node-name-test' finished on node " + node.name());
        }
    }

    @Test
    void a_second_node_finds_the_job_locked_by_the_first_and_the_lock_names_the_first() {
        var jdbc = new JdbcTemplate(dataSource);
        LockProvider other = new NodeLoggingLockProvider(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc)
                        .withLockedByValue("web-2").usingDbTime().build()), "web-2");
        var first = other.lock(new LockConfiguration(clock.instant(), "two-nodes-test", Duration.ofMinutes(1),
                Duration.ZERO));
        assertThat(first).isPresent();
        try {
            var second = lockProvider.lock(new LockConfiguration(clock.instant(), "two-nodes-test",
                    Duration.ofMinutes(1), Duration.ZERO));
            assertThat(second).isEmpty();
            assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'two-nodes-test'",
                    String.class)).isEqualTo("web-2").isNotEqualTo(node.name());
        } finally {
            first.get().unlock();
        }
    }
}
