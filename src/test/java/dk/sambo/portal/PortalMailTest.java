package dk.sambo.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * {@link PortalTest} with e-mail: the portal sends through a real SMTP conversation to the in-process
 * {@link TestMailServer} (GreenMail on a free port), and links in mails start with {@code https://sambo.example/}.
 * Every class with exactly this annotation shares one cached Spring context (one more than the plain
 * {@code @PortalTest} one), so a mail test adds no context start of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
public @interface PortalMailTest {
}
