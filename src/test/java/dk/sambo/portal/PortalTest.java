package dk.sambo.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring test of the whole portal on the deterministic demo data, in-memory HSQLDB and the test clock. Every
 * test class with exactly this annotation shares one cached Spring context, so keep to it unless a test really
 * needs other settings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import({TestClockConfiguration.class, StatementCounter.class})
public @interface PortalTest {
}
