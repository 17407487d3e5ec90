package dk.sambo.portal.notification;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;

/** A person's own choice of e-mail: none, immediately, or a daily digest. Immediately is the default. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationSettings {

    static final EmailMode DEFAULT = EmailMode.IMMEDIATE;

    private final NotificationPreferenceRepository preferences;
    private final CurrentPerson currentPerson;
    private final OrganisationService organisations;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final AuditLog audit;
    private final Clock clock;

    NotificationSettings(NotificationPreferenceRepository preferences, CurrentPerson currentPerson,
            OrganisationService organisations, ObjectProvider<JavaMailSender> mailSender, AuditLog audit,
            Clock clock) {
        this.preferences = preferences;
        this.currentPerson = currentPerson;
        this.organisations = organisations;
        this.mailSender = mailSender;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public EmailMode myEmailMode() {
        return preferences.findByPersonId(currentPerson.requireId()).map(NotificationPreference::getEmailMode)
                .orElse(DEFAULT);
    }

    public void setMyEmailMode(EmailMode mode) {
        var me = currentPerson.requireId();
        var now = clock.instant();
        preferences.findByPersonId(me).ifPresentOrElse(p -> p.setEmailMode(mode, now),
                () -> preferences.save(new NotificationPreference(me, mode, now)));
        audit.record("EMAIL_PREFERENCE_SET", "Person", me, "mode=" + mode);
    }

    /** The address mails go to, if the person has one. */
    @Transactional(readOnly = true)
    public @Nullable String myEmailAddress() {
        return organisations.person(currentPerson.requireId()).map(p -> p.email()).orElse(null);
    }

    /** Whether this installation sends e-mail at all (spring.mail.host is set). */
    public boolean mailConfigured() {
        return mailSender.getIfAvailable() != null;
    }
}
