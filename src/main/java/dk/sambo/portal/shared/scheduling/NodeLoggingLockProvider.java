package dk.sambo.portal.shared.scheduling;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Logs each scheduled job run with the node that runs it ("Job 'qa-escalation' runs on node web-1"), and when it
 * ends, so an operator of several nodes sees in one log search which node ran what. A node that finds the job
 * locked by another logs that at debug level only (it happens on every node but one, every run).
 */
final class NodeLoggingLockProvider implements LockProvider {

    private static final Logger LOG = LoggerFactory.getLogger(NodeLoggingLockProvider.class);

    private final LockProvider delegate;
    private final String node;

    NodeLoggingLockProvider(LockProvider delegate, String node) {
        this.delegate = delegate;
        this.node = node;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        var lock = delegate.lock(configuration);
        var job = configuration.getName();
        if (lock.isEmpty()) {
            LOG.debug("Job '{}' is locked by another node; skipped on node {}", job, node);
            return lock;
        }
        LOG.info("Job '{}' runs on node {}", job, node);
        var inner = lock.get();
        return Optional.of(new SimpleLock() {
            @Override
            public void unlock() {
                inner.unlock();
                LOG.info("Job '{}' finished on node {}", job, node);
            }

            @Override
            public Optional<SimpleLock> extend(java.time.Duration lockAtMostFor, java.time.Duration lockAtLeastFor) {
                return inner.extend(lockAtMostFor, lockAtLeastFor);
            }
        });
    }
}
