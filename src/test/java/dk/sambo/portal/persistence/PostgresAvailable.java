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

    public static final String URL = env("PORTAL_TEST_PG_URL", "jdbc:postgresql://localhost:5432/sambo_test");
    public static final String USER = env("PORTAL_TEST_PG_USER", "sambo");
    public static final String PASSWORD = env("PORTAL_TEST_PG_PASSWORD", "sambo");

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

    private static synchronized @Nullable String problem() {
        if (!checked) {
            DriverManager.setLoginTimeout(5);
            try (var connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
                unreachable = connection.isValid(5) ? null : "connection not valid";
            } catch (SQLException e) {
                unreachable = e.getMessage();
            }
            checked = true;
        }
        return unreachable;
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
