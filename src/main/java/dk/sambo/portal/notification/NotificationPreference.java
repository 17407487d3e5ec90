package dk.sambo.portal.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dk.sambo.portal.shared.AbstractEntity;

/** A person's own choice of e-mail. No row means the default ({@link EmailMode#IMMEDIATE}). */
@Entity
@Table(name = "notification_preference")
class NotificationPreference extends AbstractEntity {

    @Column(name = "person_id", nullable = false, unique = true)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_mode", nullable = false, length = 20)
    private EmailMode emailMode = EmailMode.IMMEDIATE;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected NotificationPreference() {
    }

    NotificationPreference(long personId, EmailMode emailMode, Instant updatedAt) {
        this.personId = personId;
        this.emailMode = emailMode;
        this.updatedAt = updatedAt;
    }

    long getPersonId() {
        return personId;
    }

    EmailMode getEmailMode() {
        return emailMode;
    }

    void setEmailMode(EmailMode emailMode, Instant at) {
        this.emailMode = emailMode;
        this.updatedAt = at;
    }
}
