package dk.sambo.portal.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import dk.sambo.portal.TestClockConfiguration;

/**
 * The whole portal on a real HTTP server (random port) with the demo data, the test clock, local demo login and
 * one OpenID Connect provider ({@link TestIdentityProvider}, registration {@value TestIdentityProvider#REGISTRATION})
 * on the login page. Every class with exactly this annotation shares one server and one in-memory database, so
 * tests create their own fixtures or assert on relative changes, as with {@code @PortalTest}.
 *
 * <p>These are end-to-end tests: name the class {@code ...IT} so {@code ./mvnw verify} (failsafe) runs it, not
 * {@code ./mvnw test}. Browser tests extend {@link BrowserTest}, which carries this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo", "server-test"})
@Import(TestClockConfiguration.class)
@ContextConfiguration(initializers = TestIdentityProvider.Initializer.class)
public @interface PortalServerTest {
}
