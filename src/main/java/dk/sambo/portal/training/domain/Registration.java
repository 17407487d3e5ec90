package dk.sambo.portal.training.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;

/** One person's sign-up for one session, from request to attendance. One row per (session, person), reused. */
@Entity
@Table(name = "training_registration")
class Registration extends AbstractEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status = RegistrationStatus.PENDING;

    @Column(name = "queue_no", nullable = false)
    private long queueNo;

    @Column(name = "signed_up_at", nullable = false)
    private Instant signedUpAt = Instant.EPOCH;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable AttendanceStatus attendance;

    @Column(name = "attendance_marked_at")
    private @Nullable Instant attendanceMarkedAt;

    @Column(name = "attendance_marked_by")
    private @Nullable Long attendanceMarkedBy;

    @Column(name = "reminded_at")
    private @Nullable Instant remindedAt;

    protected Registration() {
    }

    Registration(long sessionId, long personId) {
        this.sessionId = sessionId;
        this.personId = personId;
    }

    /** A (new or renewed) sign-up with its place in the queue. */
    void signUp(RegistrationStatus status, long queueNo, Instant now) {
        this.status = status;
        this.queueNo = queueNo;
        this.signedUpAt = now;
        this.decidedAt = null;
        this.decidedBy = null;
        this.cancelledAt = null;
        this.remindedAt = null;
    }

    void decide(RegistrationStatus status, long queueNo, long by, Instant now) {
        this.status = status;
        this.queueNo = queueNo;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    void reject(long by, Instant now) {
        this.status = RegistrationStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    void promote() {
        this.status = RegistrationStatus.APPROVED;
    }

    void cancel(Instant now) {
        this.status = RegistrationStatus.CANCELLED;
        this.cancelledAt = now;
    }

    void markAttendance(AttendanceStatus attendance, long by, Instant now) {
        this.attendance = attendance;
        this.attendanceMarkedBy = by;
        this.attendanceMarkedAt = now;
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    long getSessionId() {
        return sessionId;
    }

    long getPersonId() {
        return personId;
    }

    RegistrationStatus getStatus() {
        return status;
    }

    long getQueueNo() {
        return queueNo;
    }

    Instant getSignedUpAt() {
        return signedUpAt;
    }

    @Nullable
    Instant getDecidedAt() {
        return decidedAt;
    }

    @Nullable
    AttendanceStatus getAttendance() {
        return attendance;
    }

    @Nullable
    Instant getRemindedAt() {
        return remindedAt;
    }
}
