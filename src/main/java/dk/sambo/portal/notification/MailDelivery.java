package dk.sambo.portal.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.shared.i18n.PortalI18NProvider;
import dk.sambo.portal.shared.ui.Formats;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * E-mail for stored notifications, in each reader's own language: one mail per notification for people who want
 * it at once (sent just after the notification is committed, off the request thread, retried by a job if the mail
 * server was away), and one morning digest of what is unread for people who chose that. Without a
 * {@link JavaMailSender} bean (no spring.mail.host) nothing is sent and nothing fails.
 */
@Component
class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    static final int DIGEST_MAX_ITEMS = 50;
    private static final int SUBJECT_MAX = 120;

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final OrganisationService organisations;
    private final PersonAccounts accounts;
    private final PortalI18NProvider i18n;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;
    private final String from;
    private final String fromName;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });

    MailDelivery(ObjectProvider<JavaMailSender> mailSender, NotificationRepository notifications,
            NotificationPreferenceRepository preferences, OrganisationService organisations, PersonAccounts accounts,
            PortalI18NProvider i18n, TransactionTemplate transactions, Clock clock,
            @Value("${portal.base-url:http://localhost:8080}") String baseUrl,
            @Value("${portal.mail.from:no-reply@sambo-portal.example}") String from,
            @Value("${portal.mail.from-name:SAM:BO-portalen}") String fromName) {
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.preferences = preferences;
        this.organisations = organisations;
        this.accounts = accounts;
        this.i18n = i18n;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.from = from;
        this.fromName = fromName;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(10, TimeUnit.SECONDS);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onCreated(NotificationCreated event) {
        if (mailSender.getIfAvailable() != null) {
            sender.execute(() -> {
                try {
                    deliverImmediately(event.notificationId());
                } catch (RuntimeException e) {
                    LOG.warn("E-mail for notification {} not sent now; the retry job tries again: {}",
                            event.notificationId(), e.toString());
                }
            });
        }
    }

    /** Sends one notification by mail if its reader wants mail at once and has not had it. */
    boolean deliverImmediately(long notificationId) {
        var mail = mailSender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        return asSystem(() -> Boolean.TRUE.equals(transactions.execute(status -> {
            var n = notifications.findById(notificationId).orElse(null);
            if (n == null || n.getEmailedAt() != null || modeOf(n.getPersonId()) != EmailMode.IMMEDIATE) {
                return false;
            }
            var to = recipient(n.getPersonId()).orElse(null);
            if (to == null) {
                return false;
            }
            var text = text(n, to.locale());
            var body = new StringBuilder()
                    .append(i18n.text(to.locale(), "notification.mail.greeting", to.name())).append("\n\n")
                    .append(text).append("\n");
            if (n.getLink() != null) {
                body.append("\n").append(i18n.text(to.locale(), "notification.mail.open", url(n.getLink())))
                        .append("\n");
            }
            body.append("\n-- \n").append(i18n.text(to.locale(), "notification.mail.footer.immediate",
                    url(NotificationSettingsView.ROUTE)));
            send(mail, to, i18n.text(to.locale(), "notification.mail.subject", shorten(text)), body.toString());
            n.markEmailed(clock.instant());
            return true;
        })));
    }

    /** Catches mails the immediate path could not send (mail server away, node restarted): last 24 hours. */
    @Scheduled(cron = "${portal.notification.mail-retry-cron:0 */5 * * * *}", zone = dk.sambo.portal.shared.PortalTimeZone.PLACEHOLDER)
    @SchedulerLock(name = "notification-mail-retry", lockAtMostFor = "PT4M")
    public void retryImmediate() {
        if (mailSender.getIfAvailable() == null) {
            return;
        }
        var now = clock.instant();
        var pending = transactions.execute(status -> notifications.findImmediateUnmailed(
                now.minus(Duration.ofHours(24)), now.minus(Duration.ofMinutes(2)), PageRequest.of(0, 200)).stream()
                .map(Notification::id).toList());
        for (var id : pending == null ? java.util.List.<Long>of() : pending) {
            try {
                deliverImmediately(id);
            } catch (RuntimeException e) {
                LOG.warn("E-mail for notification {} still not sent: {}", id, e.toString());
                return;
            }
        }
    }

    @Scheduled(cron = "${portal.notification.digest-cron:0 0 7 * * *}", zone = dk.sambo.portal.shared.PortalTimeZone.PLACEHOLDER)
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void scheduledDigest() {
        sendDailyDigests();
    }

    /**
     * One mail to each person who chose the daily digest and has unread notifications not yet mailed, listing the
     * newest {@value #DIGEST_MAX_ITEMS}. Returns how many mails were sent.
     */
    int sendDailyDigests() {
        var mail = mailSender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        var before = clock.instant();
        int sent = 0;
        int page = 0;
        while (true) {
            var recipients = transactions.execute(status -> notifications.findDigestRecipients(before,
                    PageRequest.of(0, 100)));
            if (recipients == null || recipients.isEmpty()) {
                return sent;
            }
            for (var personId : recipients) {
                try {
                    if (Boolean.TRUE.equals(asSystem(() -> transactions.execute(status -> digest(mail, personId,
                            before))))) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Digest for person {} not sent: {}", personId, e.toString());
                    return sent;
                }
            }
            if (++page > 10_000) {
                return sent;
            }
        }
    }

    private boolean digest(JavaMailSender mail, long personId, java.time.Instant before) {
        var to = recipient(personId).orElse(null);
        long total = notifications.countDigestOf(personId, before);
        if (to == null || total == 0) {
            // Nobody to write to: mark them, so the next morning does not find them again.
            notifications.markMailed(personId, before, clock.instant());
            return false;
        }
        var items = notifications.findDigestOf(personId, before, PageRequest.of(0, DIGEST_MAX_ITEMS));
        var body = new StringBuilder()
                .append(i18n.text(to.locale(), "notification.mail.greeting", to.name())).append("\n\n")
                .append(i18n.text(to.locale(), "notification.mail.digest.intro")).append("\n\n");
        for (var n : items) {
            body.append("• ").append(Formats.dateTime(n.getCreatedAt(), to.locale())).append(" – ")
                    .append(text(n, to.locale())).append("\n");
            if (n.getLink() != null) {
                body.append("  ").append(url(n.getLink())).append("\n");
            }
        }
        if (total > items.size()) {
            body.append("\n").append(i18n.text(to.locale(), "notification.mail.digest.more", total - items.size(),
                    url(NotificationsView.ROUTE))).append("\n");
        }
        body.append("\n-- \n").append(i18n.text(to.locale(), "notification.mail.footer.digest",
                url(NotificationSettingsView.ROUTE)));
        send(mail, to, i18n.text(to.locale(), "notification.mail.digest.subject", total), body.toString());
        notifications.markMailed(personId, before, clock.instant());
        return true;
    }

    private EmailMode modeOf(long personId) {
        return preferences.findByPersonId(personId).map(NotificationPreference::getEmailMode)
                .orElse(NotificationSettings.DEFAULT);
    }

    private Optional<Recipient> recipient(long personId) {
        var person = organisations.person(personId).orElse(null);
        if (person == null || !person.active() || person.email() == null || person.email().isBlank()) {
            return Optional.empty();
        }
        var language = accounts.byId(personId).map(PersonAccounts.Account::preferredLanguage).orElse("da");
        var locale = "en".equals(language) ? PortalI18NProvider.ENGLISH : PortalI18NProvider.DANISH;
        return Optional.of(new Recipient(person.name(), person.email(), locale));
    }

    private String text(Notification n, Locale locale) {
        return n.isTextRemoved() ? i18n.text(locale, "notification.text-removed")
                : i18n.text(locale, n.getMessageKey(), n.paramArray());
    }

    private void send(JavaMailSender mail, Recipient to, String subject, String body) {
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from, fromName);
            helper.setTo(new InternetAddress(to.email(), to.name(), "UTF-8"));
            helper.setSubject(subject);
            helper.setText(body, false);
            mail.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new MailPreparationFailed(e);
        }
    }

    private String url(String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }

    private static String shorten(String text) {
        var line = text.replace('\n', ' ');
        return line.length() <= SUBJECT_MAX ? line : line.substring(0, SUBJECT_MAX - 1) + "…";
    }

    /** Look-ups of people need an authenticated caller; background work runs as "system". */
    private static <T> T asSystem(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
                AuthorityUtils.NO_AUTHORITIES));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record Recipient(String name, String email, Locale locale) {
    }

    static class MailPreparationFailed extends RuntimeException {
        MailPreparationFailed(Exception cause) {
            super(cause);
        }
    }
}
