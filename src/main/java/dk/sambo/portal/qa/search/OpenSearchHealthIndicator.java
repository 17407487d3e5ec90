package dk.sambo.portal.qa.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.google.gson.JsonParser;

/**
 * Health of the search backend when it is OpenSearch (health contributor {@code openSearch}): up while the
 * cluster answers {@code _cluster/health} green or yellow (a single-node cluster is yellow: its replicas have
 * nowhere to go), down when it is red or does not answer. Asks through Hibernate Search's own client, so it checks
 * the connection the portal searches with, and shows how many index changes wait in the outbox (they reach the
 * index when OpenSearch is back). Spring Boot's Elasticsearch indicator only knows its own client beans.
 */
@Component("openSearchHealthIndicator")
@ConditionalOnProperty(name = "portal.search.backend", havingValue = "opensearch")
class OpenSearchHealthIndicator extends AbstractHealthIndicator {

    private final Supplier<RestClient> client;
    private final JdbcTemplate jdbc;

    @Autowired
    OpenSearchHealthIndicator(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
        this(() -> Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)
                .client(RestClient.class), jdbc);
    }

    OpenSearchHealthIndicator(Supplier<RestClient> client, JdbcTemplate jdbc) {
        super("OpenSearch health check failed");
        this.client = client;
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws IOException {
        try {
            builder.withDetail("outboxEvents", jdbc.queryForObject("select count(*) from hsearch_outbox_event",
                    Long.class));
        } catch (RuntimeException e) {
            builder.withDetail("outboxEvents", "unknown: " + e.getMessage());
        }
        var response = client.get().performRequest(new Request("GET", "/_cluster/health"));
        var body = new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
        var health = JsonParser.parseString(body).getAsJsonObject();
        var status = health.get("status").getAsString();
        builder.withDetail("cluster", health.get("cluster_name").getAsString())
                .withDetail("status", status)
                .withDetail("nodes", health.get("number_of_nodes").getAsInt());
        if ("red".equals(status)) {
            builder.down();
        } else {
            builder.up();
        }
    }
}
