package dk.sambo.portal.shared.cluster;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first step of stopping a node: readiness goes DOWN ({@code /actuator/health/readiness} answers 503) while the
 * node still serves every request for {@code portal.shutdown.drain-delay}, so the balancer's next health checks
 * take it out of rotation before it stops accepting. Then Spring Boot's graceful shutdown
 * ({@code server.shutdown=graceful}) lets the running requests finish. Runs before the web server's graceful
 * shutdown phase (a higher phase stops first).
 */
@Component
class ShutdownDrain implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownDrain.class);

    private final ApplicationContext context;
    private final Duration delay;
    private final NodeIdentity node;
    private volatile boolean running;

    ShutdownDrain(ApplicationContext context, @Value("${portal.shutdown.drain-delay:0s}") Duration delay,
            NodeIdentity node) {
        this.context = context;
        this.delay = delay;
        this.node = node;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        if (delay.isPositive()) {
            LOG.info("Node {} stopping: readiness DOWN, still serving for {} so the balancer stops sending",
                    node.name(), delay);
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
