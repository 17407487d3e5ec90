package dk.sambo.portal.persistence;

import org.junit.jupiter.api.AfterAll;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** {@link PersistenceChecks} on a real PostgreSQL, as production runs. */
@PostgresTest
class PostgresPersistenceIT extends PersistenceChecks {

    /**
     * Each Spring context with Vaadin installs its own security-context strategy in the static
     * {@code SecurityContextHolder}; this class's own context would otherwise stay installed, and the end-to-end
     * tests that run after it on the shared server context would no longer see their logins. Put back whatever
     * was there before.
     */
    private static final SecurityContextHolderStrategy OUTER_STRATEGY = SecurityContextHolder
            .getContextHolderStrategy();

    @AfterAll
    static void restoreSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(OUTER_STRATEGY);
    }

    @Override
    String databaseProduct() {
        return "PostgreSQL";
    }

    @Override
    String vendorFolder() {
        return "postgresql";
    }
}
