package dk.sambo.portal.shared.scheduling;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import dk.sambo.portal.shared.cluster.NodeIdentity;

/**
 * Scheduled jobs that must run once even with several portal nodes (escalation, digests, reminders) take a lock
 * in the database with ShedLock: annotate the {@code @Scheduled} method with
 * {@code @SchedulerLock(name = "...", lockAtMostFor = "PT10M")}. Lock times come from the database clock. The
 * lock's {@code locked_by} is this node's name ({@link NodeIdentity}: {@code portal.node-name} or host:port, not
 * ShedLock's bare host name, which is the same for every node in a container set-up), and every run is logged
 * with it ({@link NodeLoggingLockProvider}).
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource, NodeIdentity node) {
        return new NodeLoggingLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(node.name())
                .usingDbTime()
                .build()), node.name());
    }
}
