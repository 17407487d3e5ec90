package dk.sambo.portal.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/** Someone logged in through an identity provider whom the portal does not know yet. */
@Entity
@Table(name = "access_request")
public class AccessRequest extends AbstractEntity {

    /** LINKED: the request's identity was linked to a person who already existed. */
    public enum Status { PENDING, GRANTED, REJECTED, LINKED }

    @Column(nullable = false, length = 500)
    private String issuer = "";

    @Column(nullable = false, length = 255)
    private String subject = "";

    @Column(length = 320)
    private @Nullable String email;

    @Column(length = 200)
    @NoPatientData private @Nullable String name;

    /** Whether the identity provider vouched for the e-mail (its {@code email_verified} claim). */
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt = Instant.EPOCH;

    @Column(name = "last_attempt_at", nullable = false)
    private Instant lastAttemptAt = Instant.EPOCH;

    @Column(nullable = false)
    private int attempts = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(name = "handled_by")
    private @Nullable Long handledBy;

    @Column(name = "handled_at")
    private @Nullable Instant handledAt;

    @Column(name = "person_id")
    private @Nullable Long personId;

    protected AccessRequest() {
    }

    AccessRequest(String issuer, String subject, @Nullable String email, boolean emailVerified,
            @Nullable String name, Instant now) {
        this.issuer = issuer;
        this.subject = subject;
        this.email = email;
        this.emailVerified = emailVerified;
        this.name = name;
        this.requestedAt = now;
        this.lastAttemptAt = now;
    }

    void attemptedAgain(Instant now, @Nullable String email, boolean emailVerified, @Nullable String name) {
        this.attempts++;
        this.lastAttemptAt = now;
        this.email = email;
        this.emailVerified = emailVerified;
        this.name = name;
        if (status == Status.REJECTED) {
            // A new attempt after a rejection is a new request for the administrator to see.
            status = Status.PENDING;
        }
    }

    void handle(Status outcome, @Nullable Long handledBy, @Nullable Long personId, Instant now) {
        this.status = outcome;
        this.handledBy = handledBy;
        this.personId = personId;
        this.handledAt = now;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public @Nullable String getName() {
        return name;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Status getStatus() {
        return status;
    }
}
