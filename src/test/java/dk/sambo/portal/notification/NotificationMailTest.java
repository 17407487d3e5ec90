package dk.sambo.portal.notification;

import static dk.sambo.portal.TestMailServer.awaitEarlierMailsHandled;
import static dk.sambo.portal.TestMailServer.awaitMail;
import static dk.sambo.portal.TestMailServer.mails;
import static dk.sambo.portal.TestMailServer.subject;
import static dk.sambo.portal.TestMailServer.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.icegreen.greenmail.util.GreenMailUtil;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalMailTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.TestMailServer;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.QuestionDraft;

/**
 * E-mail through a real SMTP conversation with the in-process {@link TestMailServer}, in the shared mail test
 * context: immediately in the reader's language, a morning digest, or none. That a mail is NOT sent is proved, not
 * slept on: a marker mail sent afterwards arrives first ({@link TestMailServer#awaitEarlierMailsHandled}).
 */
@PortalMailTest
class NotificationMailTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationSettings settings;
    @Autowired
    MailDelivery delivery;
    @Autowired
    PersonAccounts accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    CurrentPerson currentPerson;
    @Autowired
    Asking asking;
    @Autowired
    TestClock clock;

    @BeforeEach
    void noMailsYet() {
        TestMailServer.clear();
    }

    @AfterEach
    void reset() {
        clock.reset();
        AuthenticatedAs.logout();
    }

    private long login(String username) {
        AuthenticatedAs.login(users, username);
        return currentPerson.requireId();
    }

    private String address(long personId) {
        return organisations.person(personId).orElseThrow().email();
    }

    @Test
    void a_notification_is_mailed_at_once_in_the_readers_language() throws Exception {
        long me = login("hjemmehjaelper");
        settings.setMyEmailMode(EmailMode.IMMEDIATE);
        notifications.send(me, "qa.notify.accepted", List.of("Æblegrød på afdeling 7"), "spoergsmaal/7",
                "Question", 7L);
        var danish = await(to(address(me)).and(subject("Æblegrød på afdeling 7")));
        assertThat(danish.getSubject()).isEqualTo("SAM:BO-portalen: Dit svar på \"Æblegrød på afdeling 7\" er accepteret");
        var body = GreenMailUtil.getBody(danish);
        assertThat(danish.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(decoded(danish)).contains("Hej Jonas Lund", "https://sambo.example/spoergsmaal/7",
                "https://sambo.example/indstillinger/notifikationer");
        assertThat(body).isNotBlank();

        accounts.setPreferredLanguage(me, "en");
        try {
            notifications.send(me, "qa.notify.accepted", List.of("Rødgrød in ward 8"), "spoergsmaal/8", "Question",
                    8L);
            var english = await(to(address(me)).and(subject("Rødgrød in ward 8")));
            assertThat(english.getSubject()).isEqualTo("SAM:BO portal: Your answer to \"Rødgrød in ward 8\" was accepted");
            assertThat(decoded(english)).contains("Hello Jonas Lund");
        } finally {
            accounts.setPreferredLanguage(me, "da");
        }
    }

    @Test
    void a_person_who_chose_no_email_gets_none() throws Exception {
        long marker = login("hjemmehjaelper");
        long me = login("sygehus");
        settings.setMyEmailMode(EmailMode.NONE);
        try {
            notifications.send(me, "qa.notify.accepted", List.of("Ingen post om hyldebær"), null, null, null);
            markerMailArrives(marker, "Markør efter hyldebær");
            assertThat(mails(to(address(me)).and(subject("hyldebær")))).isEmpty();
            assertThat(notifications.mine(5)).anyMatch(n -> n.paramArray()[0].equals("Ingen post om hyldebær"));
        } finally {
            settings.setMyEmailMode(EmailMode.IMMEDIATE);
        }
    }

    @Test
    void the_daily_digest_sends_one_mail_with_what_is_unread_and_not_again() throws Exception {
        long marker = login("hjemmehjaelper");
        long me = login("leder");
        settings.setMyEmailMode(EmailMode.DAILY_DIGEST);
        try {
            notifications.send(me, "qa.notify.accepted", List.of("Digest om stikkelsbær"), "spoergsmaal/11",
                    "Question", 11L);
            notifications.send(me, "qa.notify.reopened", List.of("Digest om solbær"), "spoergsmaal/12", "Question",
                    12L);
            notifications.send(me, "qa.notify.decided", List.of("Digest om ribs, allerede læst"), null, null, null);
            notifications.mine(1).stream().findFirst().ifPresent(n -> notifications.markRead(n.id()));
            markerMailArrives(marker, "Markør efter digest");
            assertThat(mails(to(address(me)).and(subject("Digest")))).isEmpty();

            clock.advance(Duration.ofHours(22));
            assertThat(delivery.sendDailyDigests()).isPositive();
            var digest = await(to(address(me)).and(subject("nye notifikationer")));
            assertThat(decoded(digest)).contains("Digest om stikkelsbær", "Digest om solbær",
                    "https://sambo.example/spoergsmaal/11", "https://sambo.example/indstillinger/notifikationer")
                    .doesNotContain("ribs");
            int before = TestMailServer.received().size();
            // Digests are sent on the calling thread: what it returns is what went out.
            assertThat(delivery.sendDailyDigests()).isZero();
            assertThat(TestMailServer.received().stream().skip(before).filter(to(address(me)))).isEmpty();
        } finally {
            settings.setMyEmailMode(EmailMode.IMMEDIATE);
        }
    }

    @Test
    void a_new_question_is_mailed_to_the_culture_bearers_it_was_routed_to() throws Exception {
        long bearer = login("kulturbaerer");
        settings.setMyEmailMode(EmailMode.IMMEDIATE);
        login("sygeplejerske");
        asking.ask(new QuestionDraft("Hvem sender besked om hjemtransport fra Hasselhøj?", "", "DISCHARGE",
                List.of(), null, null));
        var mail = await(to(address(bearer)).and(subject("Hasselhøj")));
        assertThat(mail.getSubject()).startsWith("SAM:BO-portalen: Nyt spørgsmål til dig fra Mette Sørensen");
        assertThat(decoded(mail)).contains("https://sambo.example/spoergsmaal/");
        assertThat(settings.mailConfigured()).isTrue();
    }

    /** Mails are sent off the request thread just after commit: wait for them. */
    private static MimeMessage await(java.util.function.Predicate<MimeMessage> matching) {
        return awaitMail(matching);
    }

    /** A mail to {@code marker} (who wants mail at once) that, once arrived, proves earlier ones were handled. */
    private void markerMailArrives(long marker, String text) {
        awaitEarlierMailsHandled(() -> notifications.send(marker, "qa.notify.accepted", List.of(text), null, null,
                null), to(address(marker)).and(subject(text)));
    }

    private static String decoded(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
