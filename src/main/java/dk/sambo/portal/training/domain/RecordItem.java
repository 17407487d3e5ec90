package dk.sambo.portal.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of a person's training record: a calendar session they signed up for (with status and attendance) or
 * a logged training they took part in (with topics and who logged it).
 */
public record RecordItem(Kind kind, long id, SessionType type, String title, LocalDate day, int minutes,
        @Nullable RegistrationStatus status, @Nullable AttendanceStatus attendance, boolean cancelled,
        @Nullable Instant start, List<String> topicCodes, @Nullable String loggedBy) {

    public enum Kind {
        SESSION, LOG
    }

    /** Whether this counts as training received: attended (fully or partly) or logged with the person named. */
    public boolean tookPart() {
        return kind == Kind.LOG || attendance != null && attendance.tookPart() && !cancelled;
    }
}
