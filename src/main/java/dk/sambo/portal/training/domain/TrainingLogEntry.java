package dk.sambo.portal.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

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

/** Training given outside the calendar: a morning-meeting practice session, a peer-coaching talk. */
@Entity
@Table(name = "training_log_entry")
class TrainingLogEntry extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "log_type", nullable = false, length = 30)
    private SessionType type = SessionType.PRACTICE_TRAINING;

    @Column(name = "training_day", nullable = false)
    private LocalDate day = LocalDate.EPOCH;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "logged_by", nullable = false)
    private long loggedBy;

    @Column(name = "head_count", nullable = false)
    private int headCount;

    @Column(length = 1000)
    @NoPatientData private @Nullable String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_log_participant", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "person_id")
    private Set<Long> participantIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_log_topic", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "topic_code", length = 40)
    private Set<String> topicCodes = new LinkedHashSet<>();

    protected TrainingLogEntry() {
    }

    TrainingLogEntry(long loggedBy, Instant createdAt) {
        this.loggedBy = loggedBy;
        this.createdAt = createdAt;
    }

    void apply(LogEntryData data, Instant now) {
        type = data.type();
        day = data.day();
        minutes = data.minutes();
        unitId = data.unitId();
        participantIds.clear();
        participantIds.addAll(data.participantIds());
        // Named participants are the head count; a bare head count is for when names are not known.
        headCount = data.participantIds().isEmpty() ? data.headCount() : data.participantIds().size();
        topicCodes.clear();
        topicCodes.addAll(data.topicCodes());
        note = data.note() == null || data.note().isBlank() ? null : data.note().strip();
        updatedAt = now;
    }

    SessionType getType() {
        return type;
    }

    LocalDate getDay() {
        return day;
    }

    int getMinutes() {
        return minutes;
    }

    long getUnitId() {
        return unitId;
    }

    long getLoggedBy() {
        return loggedBy;
    }

    int getHeadCount() {
        return headCount;
    }

    @Nullable
    String getNote() {
        return note;
    }

    Set<Long> getParticipantIds() {
        return participantIds;
    }

    Set<String> getTopicCodes() {
        return topicCodes;
    }
}
