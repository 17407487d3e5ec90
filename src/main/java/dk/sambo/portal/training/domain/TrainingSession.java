package dk.sambo.portal.training.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * A calendar session. Seats are counted from the registrations; {@code signupCounter} is bumped under a row lock
 * by every sign-up, which serialises sign-ups for one session on any database and orders the waitlist.
 */
@Entity
@Table(name = "training_session")
class TrainingSession extends AbstractEntity {

    @Column(name = "ical_uid", nullable = false, unique = true, length = 100)
    private String icalUid = "";

    @Column(name = "ical_sequence", nullable = false)
    private int icalSequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false, length = 30)
    private SessionType type = SessionType.PRACTICE_TRAINING;

    @Column(nullable = false, length = 200)
    @NoPatientData private String title = "";

    @Column(length = 4000)
    @NoPatientData private @Nullable String description;

    @Column(name = "starts_at", nullable = false)
    private Instant start = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    private Instant end = Instant.EPOCH;

    @Column(length = 300)
    @NoPatientData private @Nullable String place;

    @Column(name = "online_link", length = 500)
    @NoPatientData private @Nullable String onlineLink;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false, length = 20)
    private SessionScope scope = SessionScope.UNIT;

    @Column(name = "cluster_id")
    private @Nullable Long clusterId;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(name = "unit_id")
    private @Nullable Long unitId;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "signup_deadline", nullable = false)
    private Instant signupDeadline = Instant.EPOCH;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "signup_counter", nullable = false)
    private long signupCounter;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_session_audience", joinColumns = @JoinColumn(name = "session_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", length = 30)
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_session_organiser", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "person_id")
    private Set<Long> organiserIds = new LinkedHashSet<>();

    protected TrainingSession() {
    }

    TrainingSession(long createdBy, Instant createdAt) {
        this.icalUid = UUID.randomUUID() + "@sambo-portal";
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Applies the form's data; says whether anything a participant's calendar shows has changed. */
    boolean apply(SessionData data, Instant now) {
        boolean calendarChange = !data.title().equals(title) || !data.start().equals(start)
                || !data.end().equals(end) || !java.util.Objects.equals(data.place(), place)
                || !java.util.Objects.equals(data.onlineLink(), onlineLink)
                || !java.util.Objects.equals(data.description(), description);
        type = data.type();
        title = data.title();
        description = data.description();
        start = data.start();
        end = data.end();
        place = data.place();
        onlineLink = data.onlineLink();
        scope = data.scope();
        clusterId = data.scope() == SessionScope.CLUSTER ? data.scopeId() : null;
        organisationId = data.scope() == SessionScope.ORGANISATION ? data.scopeId() : null;
        unitId = data.scope() == SessionScope.UNIT ? data.scopeId() : null;
        capacity = data.capacity();
        signupDeadline = data.signupDeadline() == null ? data.start() : data.signupDeadline();
        approvalRequired = data.approvalRequired();
        audiences.clear();
        audiences.addAll(data.audiences());
        organiserIds.clear();
        organiserIds.addAll(data.organiserIds());
        updatedAt = now;
        if (calendarChange && getId() != null) {
            icalSequence++;
        }
        return calendarChange;
    }

    void cancel(Instant now) {
        cancelledAt = now;
        updatedAt = now;
        icalSequence++;
    }

    boolean isCancelled() {
        return cancelledAt != null;
    }

    long scopeId() {
        return switch (scope) {
            case CLUSTER -> clusterId;
            case ORGANISATION -> organisationId;
            case UNIT -> unitId;
        };
    }

    String getIcalUid() {
        return icalUid;
    }

    int getIcalSequence() {
        return icalSequence;
    }

    SessionType getType() {
        return type;
    }

    String getTitle() {
        return title;
    }

    @Nullable
    String getDescription() {
        return description;
    }

    Instant getStart() {
        return start;
    }

    Instant getEnd() {
        return end;
    }

    @Nullable
    String getPlace() {
        return place;
    }

    @Nullable
    String getOnlineLink() {
        return onlineLink;
    }

    SessionScope getScope() {
        return scope;
    }

    @Nullable
    Long getClusterId() {
        return clusterId;
    }

    @Nullable
    Long getOrganisationId() {
        return organisationId;
    }

    @Nullable
    Long getUnitId() {
        return unitId;
    }

    int getCapacity() {
        return capacity;
    }

    Instant getSignupDeadline() {
        return signupDeadline;
    }

    boolean isApprovalRequired() {
        return approvalRequired;
    }

    long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    @Nullable
    Instant getCancelledAt() {
        return cancelledAt;
    }

    Set<Audience> getAudiences() {
        return audiences;
    }

    Set<Long> getOrganiserIds() {
        return organiserIds;
    }
}
