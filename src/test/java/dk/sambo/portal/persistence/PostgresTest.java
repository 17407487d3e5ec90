package dk.sambo.portal.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import dk.sambo.portal.TestClockConfiguration;

/**
 * A Spring test of the whole portal on a real PostgreSQL, like {@code @PortalTest} on HSQLDB: demo data, the test
 * clock, and every Flyway migration ({@code common} and {@code postgresql}) run from an empty schema when the
 * context starts. All classes with exactly this annotation share one context and one database.
 *
 * <p>Connects to {@code jdbc:postgresql://localhost:5432/sambo_test} as {@code sambo}/{@code sambo}, or to the
 * environment's {@code PORTAL_TEST_PG_URL}, {@code PORTAL_TEST_PG_USER}, {@code PORTAL_TEST_PG_PASSWORD}; the
 * second JVM of {@code ./mvnw verify}'s end-to-end tests uses that database's name with {@code _it2}
 * ({@link PostgresAvailable#URL}). The schema is wiped at start: never point it at a database whose data matters. Without a reachable PostgreSQL the
 * tests are skipped, except on CI ({@code CI=true}), where they fail. {@code .ci/run} starts PostgreSQL and creates
 * the role and database; by hand: {@code pg_ctlcluster 15 main start} and the SQL in {@code .ci/run}.
 *
 * <p>A feature adds its PostgreSQL checks with a class named {@code ...IT} (run by {@code ./mvnw verify}):
 * <pre>{@code
 * @PostgresTest
 * class QuestionsPostgresIT {
 *     @Autowired QuestionService questions;
 *     @Test void search_finds_danish_word_forms() { ... }
 * }
 * }</pre>
 * To run the same checks on both databases, put them in an abstract class and extend it once with
 * {@code @PortalTest} and once with {@code @PostgresTest} (see {@code PersistenceChecks}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@SpringBootTest
@ActiveProfiles({"test", "demo", "postgres-test"})
@Import({TestClockConfiguration.class, PostgresTestConfiguration.class})
public @interface PostgresTest {
}
