package dk.sambo.portal.materials;

import static dk.sambo.portal.TestMailServer.awaitEarlierMailsHandled;
import static dk.sambo.portal.TestMailServer.awaitMail;
import static dk.sambo.portal.TestMailServer.mails;
import static dk.sambo.portal.TestMailServer.subject;
import static dk.sambo.portal.TestMailServer.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalMailTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.TestMailServer;
import dk.sambo.portal.notification.EmailMode;
import dk.sambo.portal.notification.NotificationSettings;
import dk.sambo.portal.notification.Notifications;
import dk.sambo.portal.organisation.OrganisationLeaders;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;

/**
 * Forwarding the launch package reaches the organisation's leaders by e-mail as their own notification settings say
 * (issue 13): at once for one who wants mail at once, none for one who chose none; the bell has it either way. A real
 * SMTP conversation with the in-process {@link TestMailServer}, in the shared mail test context. It commits (mail
 * goes out after commit), so it removes its cascade row afterwards.
 */
@PortalMailTest
class LaunchCascadeMailTest {

    @Autowired LaunchCascade cascade;
    @Autowired NotificationSettings settings;
    @Autowired OrganisationService organisation;
    @Autowired OrganisationLeaders leaders;
    @Autowired PersonAccounts accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired Notifications notifications;

    @BeforeEach
    void noMailsYet() {
        TestMailServer.clear();
    }

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
            var mail = awaitMail(to(director).and(subject("lanceringspakken")));
            assertThat(mail.getSubject()).startsWith("SAM:BO-portalen: Sundhedsklynge Lillebælt har sendt "
                    + "lanceringspakken til Kolding Kommune");
            assertThat(mail.getContent().toString()).contains("Hej Henrik Lauridsen", "https://sambo.example/");
            // Proved, not slept on: a mail to the director sent afterwards arrives after the leader's turn.
            awaitEarlierMailsHandled(() -> notifications.send(f.personId("direktoer"), "qa.notify.accepted",
                    List.of("Markør efter lanceringspakken"), null, null, null),
                    to(director).and(subject("Markør efter lanceringspakken")));
            // (The demo data's own notifications to her went out when the context started: look at this one only.)
            assertThat(mails(to(leader).and(subject("lanceringspakken")))).isEmpty();
            // The bell has it for both.
            assertThat(f.notices(rowId)).contains(f.personId("direktoer") + ":materials.cascade.notify.forwarded",
                    f.personId("leder") + ":materials.cascade.notify.forwarded");
        } finally {
            f.login("leder");
            settings.setMyEmailMode(EmailMode.IMMEDIATE);
        }
    }
}
