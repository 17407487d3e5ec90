package dk.sambo.portal.qa;

import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the Lucene index of questions whole. Hibernate Search updates it with every committed change; this class
 * builds it from the database when it is missing at start (a new installation, a deleted ./data/index), rebuilds
 * it on request, and after a redaction merges the index files so the removed text is not left behind in
 * deleted documents.
 */
@Component
public class SearchIndexMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final QuestionRepository questions;

    SearchIndexMaintenance(EntityManagerFactory entityManagerFactory, QuestionRepository questions) {
        this.entityManagerFactory = entityManagerFactory;
        this.questions = questions;
    }

    /** Internal: a post's text was redacted. */
    record Redacted(PostType type, long id) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildIfMissing() {
        long stored = questions.count();
        long indexed = indexedCount();
        if (stored > 0 && indexed == 0) {
            LOG.info("Search index of questions is missing: building it from {} questions in the background", stored);
            long start = System.nanoTime();
            massIndexer().start().whenComplete((ignored, failure) -> {
                if (failure != null) {
                    LOG.error("Building the search index failed", failure);
                } else {
                    LOG.info("Search index of questions built in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
            });
        } else if (stored != indexed) {
            LOG.warn("Search index holds {} questions, the database {}: rebuild it (SearchIndexMaintenance)",
                    indexed, stored);
        }
    }

    /** Drops and rebuilds the whole index from the database; returns how long it took. */
    @PreAuthorize("hasRole('ADMIN')")
    public Duration rebuild() throws InterruptedException {
        long start = System.nanoTime();
        massIndexer().startAndWait();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    long indexedCount() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(Question.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void purgeRedactedText(Redacted event) {
        // Lucene marks replaced documents as deleted but keeps their stored text until segments are merged. The
        // merge may take a while on a large index, so the moderator does not wait for it.
        Search.mapping(entityManagerFactory).scope(Question.class).workspace().mergeSegmentsAsync()
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        LOG.error("Merging the search index after redaction of {} {} failed", event.type(),
                                event.id(), failure);
                    } else {
                        LOG.info("Merged search index segments after redaction of {} {}", event.type(), event.id());
                    }
                });
    }

    private org.hibernate.search.mapper.orm.massindexing.MassIndexer massIndexer() {
        return Search.mapping(entityManagerFactory).scope(Question.class).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(100)
                .purgeAllOnStart(true);
    }
}
