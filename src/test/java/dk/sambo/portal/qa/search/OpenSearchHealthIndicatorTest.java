package dk.sambo.portal.qa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dk.sambo.portal.e2e.cluster.SearchOpenSearchNode;

/** The OpenSearch health indicator against a real OpenSearch node in this JVM, and against a port nobody answers. */
class OpenSearchHealthIndicatorTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource("jdbc:hsqldb:mem:opensearch-health-test", "SA", ""));
    private RestClient client;

    @AfterEach
    void close() throws IOException {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void opensearch_is_up_while_the_cluster_answers_and_the_waiting_outbox_events_are_shown() {
        jdbc.execute("create table if not exists hsearch_outbox_event (id int)");
        jdbc.update("delete from hsearch_outbox_event");
        jdbc.update("insert into hsearch_outbox_event values (1), (2)");
        client = RestClient.builder(HttpHost.create("http://" + SearchOpenSearchNode.get().host())).build();

        var health = new OpenSearchHealthIndicator(() -> client, jdbc).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("outboxEvents", 2L).containsEntry("nodes", 1)
                .containsKey("cluster");
        assertThat(health.getDetails().get("status")).isIn("green", "yellow");
    }

    @Test
    void opensearch_is_down_when_nothing_answers() throws IOException {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        client = RestClient.builder(new HttpHost("127.0.0.1", closed, "http")).build();

        var health = new OpenSearchHealthIndicator(() -> client, jdbc).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }
}
