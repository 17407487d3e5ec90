package dk.sambo.portal.qa.search;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Puts aborted index changes back into the outbox. Hibernate Search retries an index change that OpenSearch
 * refused three times ({@code event_processor.retry_delay} apart, 30 s by default) and then marks it aborted, so
 * an OpenSearch outage of a few minutes would leave those questions out of the search for good. Every
 * {@code portal.search.aborted-retry-interval} (a minute by default) one node (ShedLock) hands the aborted events
 * back for processing; while OpenSearch is still down they are simply aborted again.
 */
@Component
@ConditionalOnExpression("'${portal.search.backend:lucene}'.equalsIgnoreCase('opensearch') "
        + "and '${portal.search.opensearch.outbox:true}'.equalsIgnoreCase('true')")
class SearchOutboxRetry {

    private static final Logger LOG = LoggerFactory.getLogger(SearchOutboxRetry.class);

    private final EntityManagerFactory entityManagerFactory;

    SearchOutboxRetry(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Scheduled(fixedDelayString = "${portal.search.aborted-retry-interval:PT1M}",
            initialDelayString = "${portal.search.aborted-retry-interval:PT1M}")
    @SchedulerLock(name = "search-outbox-retry", lockAtMostFor = "PT5M")
    public void reprocessAborted() {
        var outbox = Search.mapping(entityManagerFactory).extension(OutboxPollingExtension.get());
        if (outbox.countAbortedEvents() > 0) {
            int reprocessed = outbox.reprocessAbortedEvents();
            LOG.warn("Search index: {} index changes had been aborted after failed attempts (OpenSearch down or "
                    + "refusing writes?); handed back to the outbox", reprocessed);
        }
    }
}
