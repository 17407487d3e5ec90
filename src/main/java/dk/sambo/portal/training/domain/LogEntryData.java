package dk.sambo.portal.training.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A training-log entry as entered: named participants (people of the unit) or, when names are not known, a head
 * count. With named participants the head count is their number.
 */
public record LogEntryData(SessionType type, LocalDate day, int minutes, long unitId, Set<String> topicCodes,
        List<Long> participantIds, int headCount, @Nullable String note) {

    public static final int NOTE_MAX = 1000;
    public static final int MINUTES_MAX = 8 * 60;
    public static final int HEAD_COUNT_MAX = 500;
}
