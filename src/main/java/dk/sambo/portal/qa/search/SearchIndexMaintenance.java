package dk.sambo.portal.qa.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import dk.sambo.portal.audit.Actor;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionStatus;

/**
 * Keeps the Lucene index of questions whole. Hibernate Search updates it with every committed change, but the
 * index commits to disk on its own schedule (about once a second), so a crash can lose the last updates while the
 * database kept them. At every start this class therefore compares the index with the database, question by
 * question (id and {@link Question#getIndexStamp() stamp}), and reindexes what is missing or changed and removes
 * what the database no longer holds; when most of the index is out of line (a new installation, a deleted
 * ./data/index, an index from before the stamp) it rebuilds it instead. Administrators can rebuild it on request
 * ({@link #startRebuild}, with progress, audited), and after a redaction the index files are merged so the removed
 * text is not left behind in deleted documents.
 *
 * <p>Long because its some 330 lines are these three jobs on one index, which share the comparison of index and
 * database; its behaviour is kept as it is (issue 16 only moved it).
 */
@Component
public class SearchIndexMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexMaintenance.class);
    private static final int BATCH = 100;

    private final EntityManagerFactory entityManagerFactory;
    private final AuditLog audit;
    /** One healing or rebuild at a time; a rebuild releases it from the indexing thread when it ends. */
    private final Semaphore running = new Semaphore(1);

    public SearchIndexMaintenance(EntityManagerFactory entityManagerFactory, AuditLog audit) {
        this.entityManagerFactory = entityManagerFactory;
        this.audit = audit;
    }

    /** Internal: a post's text was redacted. */
    public record Redacted(PostType type, long id) {
    }

    /** What {@link #heal()} found and did. */
    public record Healing(int stored, int indexed, int missing, int changed, int extra, boolean rebuilt) {

        public boolean inLine() {
            return missing == 0 && changed == 0 && extra == 0;
        }
    }

    /** Told how a rebuild goes; called from the indexing threads. */
    public interface RebuildProgress {

        /** {@code done} of {@code total} questions are in the new index. */
        public void progressed(long done, long total);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void healInBackground() {
        Thread.ofPlatform().name("search-index-healing").daemon().start(() -> {
            try {
                heal();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("Bringing the search index in line with the database failed; an administrator can "
                        + "rebuild it under Administration", e);
            }
        });
    }

    /**
     * Brings the index in line with the database: reindexes the questions the index lacks or holds in an older
     * state, removes those the database no longer has, or rebuilds the whole index when most of it is out of line.
     * Waits while a rebuild (or another healing) runs.
     */
    public Healing heal() throws InterruptedException {
        running.acquire();
        try {
            long start = System.nanoTime();
            var stored = storedStamps();
            var indexed = indexedStamps();
            var missing = new ArrayList<Long>();
            var changed = new ArrayList<Long>();
            stored.forEach((id, stamp) -> {
                if (!indexed.containsKey(id)) {
                    missing.add(id);
                } else if (!Objects.equals(indexed.get(id), stamp)) {
                    changed.add(id);
                }
            });
            var extra = new ArrayList<Long>();
            for (var id : indexed.keySet()) {
                if (!stored.containsKey(id)) {
                    extra.add(id);
                }
            }
            int outOfLine = missing.size() + changed.size() + extra.size();
            if (outOfLine == 0) {
                LOG.info("Search index in line with the database ({} questions)", stored.size());
                return new Healing(stored.size(), indexed.size(), 0, 0, 0, false);
            }
            boolean rebuild = outOfLine * 2L > Math.max(stored.size(), 1);
            if (rebuild) {
                LOG.info("Search index holds {} questions, the database {} ({} missing, {} changed, {} extra): "
                        + "rebuilding it", indexed.size(), stored.size(), missing.size(), changed.size(), extra.size());
                massIndexer().startAndWait();
            } else {
                var toIndex = new ArrayList<Long>(missing);
                toIndex.addAll(changed);
                reindex(toIndex, extra);
            }
            LOG.info("Search index brought in line with the database in {} ms: {} missing, {} changed, {} removed{}",
                    (System.nanoTime() - start) / 1_000_000, missing.size(), changed.size(), extra.size(),
                    rebuild ? " (rebuilt)" : "");
            return new Healing(stored.size(), indexed.size(), missing.size(), changed.size(), extra.size(), rebuild);
        } finally {
            running.release();
        }
    }

    /** Drops and rebuilds the whole index from the database; returns how long it took. */
    @PreAuthorize("hasRole('ADMIN')")
    public Duration rebuild() throws InterruptedException {
        long start = System.nanoTime();
        massIndexer().startAndWait();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Starts rebuilding the whole index in the background, for an administrator, and audits start and end.
     * Searches keep working meanwhile but find fewer questions until it is done. Returns empty when a rebuild (or
     * the healing at start) is already running.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.Optional<CompletionStage<Duration>> startRebuild(RebuildProgress progress) {
        if (!running.tryAcquire()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(rebuildWithProgress(progress));
        } catch (RuntimeException e) {
            running.release();
            throw e;
        }
    }

    private CompletionStage<Duration> rebuildWithProgress(RebuildProgress progress) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        @Nullable Long actorId = authentication != null && authentication.getPrincipal() instanceof Actor a
                ? a.personId() : null;
        String actorName = authentication == null ? "system"
                : authentication.getPrincipal() instanceof Actor a ? a.displayName() : authentication.getName();
        long total = storedCount();
        audit.record(actorId, actorName, "SEARCH_INDEX_REBUILD_STARTED", "SearchIndex", "question",
                total + " questions");
        var done = new AtomicLong();
        long start = System.nanoTime();
        var result = new CompletableFuture<Duration>();
        massIndexer().monitor(new MassIndexingMonitor() {
            @Override
            public void documentsAdded(long increment) {
                progress.progressed(done.addAndGet(increment), total);
            }

            @Override
            public void documentsBuilt(long increment) {
            }

            @Override
            public void entitiesLoaded(long increment) {
            }

            @Override
            public void indexingCompleted() {
            }
        }).start().whenComplete((ignored, failure) -> {
            running.release();
            var took = Duration.ofNanos(System.nanoTime() - start);
            if (failure != null) {
                LOG.error("Rebuilding the search index failed", failure);
                audit.record(actorId, actorName, "SEARCH_INDEX_REBUILD_FAILED", "SearchIndex", "question",
                        String.valueOf(failure.getMessage()));
                result.completeExceptionally(failure);
            } else {
                LOG.info("Search index of {} questions rebuilt in {} ms", done.get(), took.toMillis());
                audit.record(actorId, actorName, "SEARCH_INDEX_REBUILT", "SearchIndex", "question",
                        done.get() + " questions in " + took.toMillis() + " ms");
                result.complete(took);
            }
        });
        return result;
    }

    /** How many questions the index holds now. */
    @PreAuthorize("hasRole('ADMIN')")
    public long indexedQuestions() {
        return indexedCount();
    }

    /** How many questions the database holds. */
    @PreAuthorize("hasRole('ADMIN')")
    public long storedQuestions() {
        return storedCount();
    }

    public long indexedCount() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(Question.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    public long storedCount() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return entityManager.createQuery("select count(q) from Question q", Long.class).getSingleResult();
        }
    }

    private Map<Long, String> storedStamps() {
        var stamps = new HashMap<Long, String>();
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            entityManager.createQuery("""
                    select q.id, q.version, q.status, q.lastActivityAt, q.answerCount, q.moderation.hidden
                    from Question q""", Object[].class).getResultStream().forEach(row -> stamps.put((Long) row[0],
                    Question.indexStamp((Long) row[1], (QuestionStatus) row[2], (java.time.Instant) row[3],
                            (Integer) row[4], (Boolean) row[5])));
        }
        return stamps;
    }

    private Map<Long, @Nullable String> indexedStamps() {
        var stamps = new HashMap<Long, @Nullable String>();
        try (var entityManager = entityManagerFactory.createEntityManager();
                var scroll = Search.session(entityManager).search(Question.class)
                        .select(f -> f.composite(f.id(Long.class), f.field("stamp", String.class)))
                        .where(f -> f.matchAll()).scroll(1000)) {
            for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                for (List<?> hit : chunk.hits()) {
                    stamps.put((Long) hit.get(0), (String) hit.get(1));
                }
            }
        }
        return stamps;
    }

    /** Reindexes the given questions from the database and removes the given ids from the index. */
    private void reindex(List<Long> ids, List<Long> removed) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            inTransaction(entityManager -> {
                var plan = Search.session(entityManager).indexingPlan();
                for (var question : entityManager.createQuery("select q from Question q where q.id in :ids",
                        Question.class).setParameter("ids", batch).getResultList()) {
                    plan.addOrUpdate(question);
                }
            });
        }
        if (!removed.isEmpty()) {
            inTransaction(entityManager -> {
                // Asked again: a question committed after the database was read is in the index but not the list.
                var stillThere = new HashSet<>(entityManager.createQuery(
                        "select q.id from Question q where q.id in :ids", Long.class)
                        .setParameter("ids", removed).getResultList());
                var plan = Search.session(entityManager).indexingPlan();
                removed.stream().filter(id -> !stillThere.contains(id))
                        .forEach(id -> plan.purge(Question.class, id, null));
            });
        }
        Search.mapping(entityManagerFactory).scope(Question.class).workspace().flush();
    }

    private void inTransaction(java.util.function.Consumer<jakarta.persistence.EntityManager> work) {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            var transaction = entityManager.getTransaction();
            transaction.begin();
            try {
                work.accept(entityManager);
                transaction.commit();
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void purgeRedactedText(Redacted event) {
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
