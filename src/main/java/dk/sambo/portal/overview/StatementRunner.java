package dk.sambo.portal.overview;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.PreDestroy;

/**
 * Runs an overview's independent SQL statements side by side, each on its own pooled connection, on a small fixed
 * pool ({@code portal.overview.statement-threads}, default: the number of cores). The statements only read, and a
 * dashboard need not be one snapshot: a fact committed between two statements shows in the next refresh.
 *
 * <p>Inside a caller's transaction everything runs on the caller's thread instead, in that transaction: its
 * connection may hold uncommitted facts that no other connection can see (the overview tests build their data
 * that way and roll it back). With one thread configured it always runs on the caller's thread.
 */
@Component
class StatementRunner {

    private final @Nullable ExecutorService pool;

    StatementRunner(@Value("${portal.overview.statement-threads:0}") int threads) {
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.pool = size <= 1 ? null
                : Executors.newFixedThreadPool(size, Thread.ofPlatform().name("overview-sql-", 1).daemon(true)
                        .factory());
    }

    /** Starts the work (or does it now, see the class comment); {@link #get} waits for its result. */
    <T> CompletableFuture<T> start(Supplier<T> work) {
        if (pool == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                return CompletableFuture.completedFuture(work.get());
            } catch (RuntimeException | Error e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.supplyAsync(work, pool);
    }

    /** The result, or the work's own exception (not wrapped). */
    static <T> T get(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
