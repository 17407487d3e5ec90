package dk.sambo.portal.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.function.Predicate;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.notification.EmailMode;
import dk.sambo.portal.notification.NotificationSettings;
import dk.sambo.portal.organisation.OrganisationLeaders;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;

/**
 * Forwarding the launch package reaches the organisation's leaders by e-mail as their own notification settings say
 * (issue 13): at once for one who wants mail at once, none for one who chose none; the bell has it either way. A real
 * SMTP conversation with GreenMail on a free port of its own (not the fixed 3025 other tests use), in this class's
 * own Spring context. It commits (mail goes out after commit), so it removes its cascade row afterwards.
 */
@PortalTest
class LaunchCascadeMailTest {

    static final GreenMail greenMail = new GreenMail(new ServerSetup(freePort(), null, ServerSetup.PROTOCOL_SMTP));

    static {
        greenMail.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        registry.add("portal.base-url", () -> "https://sambo.example");
    }

    private static final SecurityContextHolderStrategy OUTER_STRATEGY = SecurityContextHolder
            .getContextHolderStrategy();

    @AfterAll
    static void stop() {
        greenMail.stop();
        SecurityContextHolder.setContextHolderStrategy(OUTER_STRATEGY);
    }

    @Autowired LaunchCascade cascade;
    @Autowired NotificationSettings settings;
    @Autowired OrganisationService organisation;
    @Autowired OrganisationLeaders leaders;
    @Autowired PersonAccounts accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void putTheDemoStateBack() {
        AuthenticatedAs.logout();
        jdbc.update("""
                delete from launch_package_cascade
                where organisation_id = (select id from organisation where code = 'KOLDING_KOMMUNE')
                  and cluster_id = (select id from health_cluster where code = 'LILLEBAELT')""");
        clock.reset();
    }

    @Test
    void the_leaders_get_the_package_by_mail_as_their_settings_say() throws Exception {
        var f = new CascadeFixture(organisation, leaders, accounts, users, jdbc);
        f.login("direktoer");
        settings.setMyEmailMode(EmailMode.IMMEDIATE);
        f.login("leder");
        settings.setMyEmailMode(EmailMode.NONE);
        try {
            f.login("implementering");
            var rowId = cascade.forward(f.cluster("LILLEBAELT"), f.org("KOLDING_KOMMUNE"));
            var director = organisation.person(f.personId("direktoer")).orElseThrow().email();
            var leader = organisation.person(f.personId("leder")).orElseThrow().email();
            var mail = await(to(director).and(subject("lanceringspakken")));
            assertThat(mail.getSubject()).startsWith("SAM:BO-portalen: Sundhedsklynge Lillebælt har sendt "
                    + "lanceringspakken til Kolding Kommune");
            assertThat(mail.getContent().toString()).contains("Hej Henrik Lauridsen", "https://sambo.example/");
            Thread.sleep(1500);
            // (The demo data's own notifications to her went out when the context started: look at this one only.)
            assertThat(Arrays.stream(greenMail.getReceivedMessages())
                    .filter(to(leader).and(subject("lanceringspakken")))).isEmpty();
            // The bell has it for both.
            assertThat(f.notices(rowId)).contains(f.personId("direktoer") + ":materials.cascade.notify.forwarded",
                    f.personId("leder") + ":materials.cascade.notify.forwarded");
        } finally {
            f.login("leder");
            settings.setMyEmailMode(EmailMode.IMMEDIATE);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Predicate<MimeMessage> to(String address) {
        return m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
            } catch (Exception e) {
                return false;
            }
        };
    }

    private static Predicate<MimeMessage> subject(String part) {
        return m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(part);
            } catch (Exception e) {
                return false;
            }
        };
    }

    private static MimeMessage await(Predicate<MimeMessage> matching) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            var found = Arrays.stream(greenMail.getReceivedMessages()).filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No such mail among " + greenMail.getReceivedMessages().length + " received");
    }
}
