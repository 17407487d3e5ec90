package dk.sambo.portal.training;

import java.time.LocalDate;
import java.util.List;

/**
 * A culture bearer or line manager logged training given outside the calendar. Named participants where known;
 * otherwise only a head count. Re-published with the same entry id when the entry is edited.
 */
public record TrainingLogged(long entryId, String type, LocalDate day, long unitId, long loggedBy,
        List<Long> participantIds, int headCount, int minutes) {
}
