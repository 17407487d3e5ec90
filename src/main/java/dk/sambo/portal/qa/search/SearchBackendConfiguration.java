package dk.sambo.portal.qa.search;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns {@link SearchProperties} into Hibernate Search settings. Both backends are on the classpath, so the type is
 * always set. On OpenSearch the Danish analysis comes from {@link SearchAnalysisOpenSearch}, and with the outbox
 * the coordination strategy is {@code outbox-polling} (its tables come from Flyway, V20_1). Other
 * {@code hibernate.search.*} settings can still be given as {@code spring.jpa.properties.hibernate.search.*}. (Boot adds {@code spring.jpa.properties} again after
 * this customizer, so the Lucene directory settings of application.properties stay in the map: on OpenSearch
 * Hibernate Search names them once at start as unused, HSEARCH000568, which is harmless.)
 */
@Configuration
@EnableConfigurationProperties(SearchProperties.class)
class SearchBackendConfiguration {

    static final String PREFIX = "hibernate.search.";

    @Bean
    HibernatePropertiesCustomizer searchBackendProperties(SearchProperties search) {
        return properties -> apply(search, properties);
    }

    static void apply(SearchProperties search, Map<String, Object> properties) {
        if (search.backend() == SearchProperties.Backend.LUCENE) {
            properties.put(PREFIX + "backend.type", "lucene");
            return;
        }
        var openSearch = search.opensearch();
        properties.put(PREFIX + "backend.type", "elasticsearch");
        properties.put(PREFIX + "backend.analysis.configurer", "bean:" + SearchAnalysisOpenSearch.BEAN);
        properties.put(PREFIX + "backend.hosts", String.join(",", openSearch.hosts()));
        properties.put(PREFIX + "backend.protocol", openSearch.protocol());
        properties.put(PREFIX + "backend.version", openSearch.version());
        if (openSearch.username() != null && !openSearch.username().isBlank()) {
            properties.put(PREFIX + "backend.username", openSearch.username());
            properties.put(PREFIX + "backend.password", openSearch.password() == null ? "" : openSearch.password());
        }
        if (openSearch.outbox()) {
            properties.put(PREFIX + "coordination.strategy", "outbox-polling");
        } else {
            properties.putIfAbsent(PREFIX + "indexing.plan.synchronization.strategy", "sync");
        }
    }
}
