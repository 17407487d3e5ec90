package dk.sambo.portal.persistence;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs {@link PostgresTest}s when the test database answers; skips them on a developer machine without
 * PostgreSQL; fails them on CI, where a missing database is a broken build, not a reason to skip.
 */
public class PostgresAvailable implements ExecutionCondition {

    /** The database named by the environment (or {@code sambo_test}), as the first or only test JVM uses it. */
    public static final String BASE_URL = env("PORTAL_TEST_PG_URL", "jdbc:postgresql://localhost:5432/sambo_test");
    public static final String USER = env("PORTAL_TEST_PG_USER", "sambo");
    public static final String PASSWORD = env("PORTAL_TEST_PG_PASSWORD", "sambo");
    /**
     * This JVM's test database. The end-to-end tests run in two JVMs at once (failsafe's forks, system property
     * {@code portal.test.fork} = 1, 2): many of them wipe and migrate the whole schema, so each fork has a database
     * of its own: fork 1 the base database, fork N the base name with {@code _itN} ({@code sambo_test_it2}),
     * created here on first use when the role may create databases ({@code .ci/run} creates it beforehand).
     */
    public static final String URL = forkUrl(BASE_URL, System.getProperty("portal.test.fork"));

    private static volatile @Nullable String unreachable;
    private static volatile boolean checked;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var problem = problem();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
        }
        var message = "PostgreSQL does not answer at " + URL + " as " + USER + " (" + problem + "). Start it with "
                + "`pg_ctlcluster 15 main start` and create the role and database as .ci/run does.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI requires the PostgreSQL tests: " + message);
        }
        return ConditionEvaluationResult.disabled(message);
    }

    static String forkUrl(String base, @Nullable String fork) {
        if (fork == null || fork.isBlank() || fork.equals("1")) {
            return base;
        }
        var url = FORKED_NAME.matcher(base);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL with a database name: " + base);
        }
        return url.group(1) + url.group(2) + "_it" + Integer.parseInt(fork.trim())
                + (url.group(3) == null ? "" : url.group(3));
    }

    private static final java.util.regex.Pattern FORKED_NAME = java.util.regex.Pattern
            .compile("(jdbc:postgresql://[^/?]+/)([^/?]+)(\\?.*)?");

    private static synchronized @Nullable String problem() {
        if (!checked) {
            DriverManager.setLoginTimeout(5);
            if (!URL.equals(BASE_URL)) {
                createForkDatabase();
            }
            try (var connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
                unreachable = connection.isValid(5) ? null : "connection not valid";
            } catch (SQLException e) {
                unreachable = e.getMessage();
            }
            checked = true;
        }
        return unreachable;
    }

    /** Creates this fork's database if it is missing (needs CREATEDB; else the connection below says what is wrong). */
    private static void createForkDatabase() {
        var name = URL.replaceFirst("^jdbc:postgresql://[^/?]+/", "").replaceFirst("\\?.*$", "");
        try (var connection = DriverManager.getConnection(BASE_URL, USER, PASSWORD);
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + name + "\" template template0 encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            // reported by the connection attempt to URL
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
