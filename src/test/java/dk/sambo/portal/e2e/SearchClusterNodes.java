package dk.sambo.portal.e2e;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.Application;
import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.e2e.cluster.SearchOpenSearchNode;
import dk.sambo.portal.persistence.PostgresAvailable;

/**
 * Portal nodes for the search-cluster test and benchmark: whole portals on one PostgreSQL (the test database of
 * {@link PostgresAvailable}) and one OpenSearch ({@link SearchOpenSearchNode}), with Hibernate Search's
 * outbox-polling coordination, each a {@link SpringApplication} of its own in this JVM ({@link #start}) or a
 * separate JVM that can be killed ({@link #processArguments}, for {@link PortalProcess}). Only the organisation's
 * demo data (logins, units) is loaded; the tests make their own questions. The event processors beat every
 * 500 ms and a silent one counts as dead after 3 s (instead of 30 s), so the others take over its share of the
 * outbox quickly after a {@code kill -9}.
 */
final class SearchClusterNodes implements AutoCloseable {

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private final SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();

    /** Drops every table of the test database: Flyway builds it again with the first node. */
    static void emptyDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
    }

    /** The settings every node gets, on the command line. */
    static List<String> arguments() {
        var arguments = new ArrayList<String>(List.of(
                "--spring.datasource.url=" + PostgresAvailable.URL,
                "--spring.datasource.username=" + PostgresAvailable.USER,
                "--spring.datasource.password=" + PostgresAvailable.PASSWORD,
                "--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_interval=500",
                "--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_expiration=3000",
                // An index write that fails is retried after 1 s (not 30 s); the job that puts aborted events
                // back into the outbox runs every 3 s.
                "--spring.jpa.properties.hibernate.search.coordination.event_processor.retry_delay=1",
                "--portal.search.aborted-retry-interval=PT3S"));
        SearchOpenSearchNode.get().portalProperties(true)
                .forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments;
    }

    /** The arguments of a node in a JVM of its own ({@link PortalProcess} adds the demo profile and the probe). */
    static List<String> processArguments() {
        return arguments();
    }

    private static List<String> inJvmArguments() {
        return List.of("--spring.profiles.active=test,demo", "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false", "--vaadin.launch-browser=false");
    }

    /** Starts one more node in this JVM, on a random port, with the test profile (scheduled jobs off). */
    ConfigurableApplicationContext start() {
        return start(java.util.Map.of());
    }

    /** Like {@link #start()}, with some of the settings replaced ({@code key} without the leading dashes). */
    ConfigurableApplicationContext start(java.util.Map<String, String> replaced) {
        var app = new SpringApplication(Application.class);
        if (!nodes.isEmpty()) {
            // Several portals in one JVM: the second must not reset the logging of the first.
            app.setListeners(app.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener))
                    .toList());
        }
        app.addInitializers(new DurabilityProbe.OnlyProbe());
        var arguments = new ArrayList<String>(inJvmArguments());
        for (var argument : arguments()) {
            var key = argument.substring(2, argument.indexOf('='));
            arguments.add(replaced.containsKey(key) ? "--" + key + "=" + replaced.get(key) : argument);
        }
        var node = app.run(arguments.toArray(String[]::new));
        nodes.add(node);
        return node;
    }

    /**
     * Runs the calling thread as the demo account {@code username} on {@code node}. Each node's Vaadin keeps the
     * security context in a strategy of its own, and that node's services read it from there: the global strategy
     * is switched to the node's before logging in.
     */
    static void login(ConfigurableApplicationContext node, String username) {
        var strategy = node.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        AuthenticatedAs.login(node.getBean(UserDetailsService.class), username);
    }

    /** Closes the nodes started here and puts back the security-context strategy their Vaadin replaced. */
    @Override
    public void close() {
        for (var node : nodes.reversed()) {
            node.close();
        }
        nodes.clear();
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }
}
