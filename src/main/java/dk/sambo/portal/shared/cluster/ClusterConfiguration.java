package dk.sambo.portal.shared.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the cluster channel: {@code portal.cluster.channel=auto} (the default) uses PostgreSQL {@code LISTEN/NOTIFY}
 * when the database is PostgreSQL and the in-process channel otherwise (HSQLDB, one node); {@code postgresql} or
 * {@code in-process} choose explicitly. Its state is the {@code clusterChannel} health indicator, part of the
 * readiness group.
 */
@Configuration
class ClusterConfiguration {

    @Bean
    ClusterChannel clusterChannel(@Value("${portal.cluster.channel:auto}") String choice,
            @Value("${spring.datasource.url:}") String url, @Value("${spring.datasource.username:}") String user,
            @Value("${spring.datasource.password:}") String password,
            @Value("${portal.cluster.reconnect-delay:1s}") Duration reconnectDelay, DataSource dataSource,
            NodeIdentity node, Clock clock) {
        var kind = choice.strip().toLowerCase(Locale.ROOT);
        boolean postgres = switch (kind) {
            case "auto" -> url.startsWith("jdbc:postgresql:");
            case "postgresql" -> true;
            case "in-process" -> false;
            default -> throw new IllegalStateException(
                    "portal.cluster.channel must be auto, postgresql or in-process, not '" + choice + "'");
        };
        if (postgres && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(
                    "portal.cluster.channel=postgresql needs a PostgreSQL spring.datasource.url, not " + url);
        }
        return postgres ? new PostgresClusterChannel(dataSource, url, user, password, node, reconnectDelay, clock)
                : new InProcessClusterChannel();
    }

    /** UP while this node hears the other nodes (always on the in-process channel); DOWN takes it out of service. */
    @Bean
    HealthIndicator clusterChannelHealthIndicator(ClusterChannel channel, NodeIdentity node) {
        return () -> (channel.listening() ? Health.up() : Health.down())
                .withDetail("channel", channel.kind()).withDetail("node", node.name()).build();
    }
}
