package dk.sambo.portal;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points the global {@link SecurityContextHolder} at the security-context strategy of the Spring context the
 * running test uses, before each test.
 *
 * <p>Every portal context's Vaadin installs its own strategy bean globally when it starts, and the portal's method
 * security reads that bean. A test class that starts a context of its own (other properties, another database,
 * OpenSearch, a second node) therefore leaves the global holder pointing at its context, and the tests after it on
 * the shared context log in where their services do not look ("An Authentication object was not found"). This
 * listener, registered for every test in {@code META-INF/spring.factories}, makes the order in which contexts are
 * created irrelevant, instead of each such test class having to put the strategy back itself.
 */
public class SecurityContextStrategyPerTestContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        // after dependency injection, so the context is loaded
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
