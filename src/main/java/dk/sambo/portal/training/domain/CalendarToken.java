package dk.sambo.portal.training.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dk.sambo.portal.shared.AbstractEntity;

/** The secret in a person's private calendar-subscription URL. Replacing it revokes the old URL. */
@Entity
@Table(name = "training_calendar_token")
class CalendarToken extends AbstractEntity {

    @Column(name = "person_id", nullable = false, unique = true)
    private long personId;

    @Column(nullable = false, unique = true, length = 64)
    private String token = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected CalendarToken() {
    }

    CalendarToken(long personId, String token, Instant createdAt) {
        this.personId = personId;
        this.token = token;
        this.createdAt = createdAt;
    }

    void replace(String token, Instant now) {
        this.token = token;
        this.createdAt = now;
    }

    long getPersonId() {
        return personId;
    }

    String getToken() {
        return token;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
