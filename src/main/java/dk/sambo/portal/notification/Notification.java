package dk.sambo.portal.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * One thing a person should know. The text is a translation key plus parameters, rendered in the reader's
 * language when shown or mailed. {@code subjectType}/{@code subjectId} name what it is about, so that a redaction
 * of that object can also wipe the parameters here.
 */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    private static final String SEPARATOR = String.valueOf(dk.sambo.portal.shared.text.StoredText.UNIT_SEPARATOR);

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "message_key", nullable = false, length = 120)
    private String messageKey = "";

    @Column(length = 2000)
    @NoPatientData private @Nullable String params;

    @Column(length = 400)
    private @Nullable String link;

    @Column(name = "subject_type", length = 60)
    private @Nullable String subjectType;

    @Column(name = "subject_id")
    private @Nullable Long subjectId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Column(name = "emailed_at")
    private @Nullable Instant emailedAt;

    @Column(name = "text_removed", nullable = false)
    private boolean textRemoved;

    protected Notification() {
    }

    Notification(long personId, String messageKey, List<String> params, @Nullable String link,
            @Nullable String subjectType, @Nullable Long subjectId, Instant createdAt) {
        this.personId = personId;
        this.messageKey = messageKey;
        // The separator survives the central text cleaning; each part is cleaned and loses it (StoredText.part).
        this.params = params.isEmpty() ? null
                : String.join(SEPARATOR, params.stream().map(dk.sambo.portal.shared.text.StoredText::part).toList());
        this.link = link;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.createdAt = createdAt;
    }

    public long getPersonId() {
        return personId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] paramArray() {
        return params == null ? new Object[0] : Arrays.stream(params.split(SEPARATOR, -1)).toArray();
    }

    public @Nullable String getLink() {
        return link;
    }

    public @Nullable String getSubjectType() {
        return subjectType;
    }

    public @Nullable Long getSubjectId() {
        return subjectId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public @Nullable Instant getEmailedAt() {
        return emailedAt;
    }

    void markEmailed(Instant at) {
        emailedAt = at;
    }

    /** True once the object it is about was redacted: the copied text is gone, only the link is left. */
    public boolean isTextRemoved() {
        return textRemoved;
    }

    void wipeParams() {
        params = null;
        textRemoved = true;
    }
}
