package dk.sambo.portal.qa.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the question index lives. {@code lucene} (the default) keeps it in files beside the database: one node, no
 * extra server. {@code opensearch} puts it in an OpenSearch cluster through Hibernate Search's Elasticsearch
 * backend, and with {@code outbox} (the default there) every node writes its index changes into an outbox table in
 * the same transaction as the change itself; the nodes' event processors share the outbox and apply each change
 * to the index once, also when the node that wrote it died right after the commit.
 *
 * @param backend {@code lucene} or {@code opensearch}
 * @param opensearch the OpenSearch connection, used with {@code backend=opensearch}
 */
@ConfigurationProperties("portal.search")
public record SearchProperties(@DefaultValue("lucene") Backend backend, @DefaultValue OpenSearch opensearch) {

    public enum Backend {
        LUCENE, OPENSEARCH
    }

    /**
     * @param hosts host:port of the cluster's nodes
     * @param protocol {@code http} or {@code https}
     * @param username user for basic authentication, if the cluster asks for one
     * @param password its password
     * @param version the OpenSearch version the index mapping is written for ({@code opensearch:2.19})
     * @param outbox coordinate the nodes through the outbox tables (off only for a single node whose searches must
     * see a change right after its commit, as the search tests on OpenSearch do)
     */
    public record OpenSearch(@DefaultValue("localhost:9200") List<String> hosts, @DefaultValue("http") String protocol,
            @Nullable String username, @Nullable String password, @DefaultValue("opensearch:2.19") String version,
            @DefaultValue("true") boolean outbox) {
    }
}
