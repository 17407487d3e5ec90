package dk.sambo.portal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The in-process SMTP server of the {@link PortalMailTest} context: one GreenMail per test JVM on a free port (so
 * parallel builds on one machine never clash on a fixed port), started by the context's initializer before the
 * context is built, so the mails the demo data sends at start-up have somewhere to go too. Mails are matched by
 * recipient and subject; {@link #awaitMail} waits with Awaitility, never with a fixed sleep.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    /** The running server (started on first use, stopped when the test JVM ends). */
    public static synchronized GreenMail server() {
        if (server == null) {
            var started = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-mail-server-stop"));
            server = started;
        }
        return server;
    }

    /** Forgets every mail received so far (each test starts with an empty server). */
    public static void clear() {
        try {
            server().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything received so far. */
    public static List<MimeMessage> received() {
        return Arrays.asList(server().getReceivedMessages());
    }

    /**
     * The first received mail that matches, waiting for it: mails go out after commit on the portal's one mail
     * thread, behind the demo data's own mails when the context has just started (on a loaded build machine that
     * queue takes a minute or more), hence the long limit; a mail that is there is returned at once.
     */
    public static MimeMessage awaitMail(Predicate<MimeMessage> matching) {
        return Awaitility.await("a mail that matches").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> received().stream().filter(matching).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    /**
     * Waits until the portal's mail thread has dealt with everything queued before this call, so a test can then
     * assert that a mail was NOT sent (instead of sleeping and hoping). The portal sends immediate mails on one
     * thread in commit order ({@code notification.MailDelivery}): once the marker mail that {@code sendMarker}
     * causes has arrived, every notification committed before it has been mailed or deliberately skipped.
     */
    public static void awaitEarlierMailsHandled(Runnable sendMarker, Predicate<MimeMessage> markerMail) {
        sendMarker.run();
        awaitMail(markerMail);
    }

    /** The received mails that match, as they are now. */
    public static List<MimeMessage> mails(Predicate<MimeMessage> matching) {
        return received().stream().filter(matching).toList();
    }

    public static Predicate<MimeMessage> to(String address) {
        return m -> {
            try {
                var recipients = m.getRecipients(Message.RecipientType.TO);
                return recipients != null && Arrays.stream(recipients)
                        .anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
            } catch (Exception e) {
                return false;
            }
        };
    }

    public static Predicate<MimeMessage> subject(String part) {
        return m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(part);
            } catch (Exception e) {
                return false;
            }
        };
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points spring.mail.* of the context at the server (registered by {@link PortalMailTest}). */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var port = server().getSmtp().getPort();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server",
                    Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(port),
                            "portal.base-url", "https://sambo.example")));
        }
    }
}
