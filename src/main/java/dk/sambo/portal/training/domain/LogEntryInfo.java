package dk.sambo.portal.training.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.organisation.PersonSummary;

/** A training-log entry for the log page. */
public record LogEntryInfo(long id, long version, SessionType type, LocalDate day, int minutes, long unitId,
        String unitName, long loggedById, String loggedByName, List<PersonSummary> participants, int headCount,
        Set<String> topicCodes, @Nullable String note, boolean mayEdit) {

    public LogEntryData toData() {
        return new LogEntryData(type, day, minutes, unitId, topicCodes,
                participants.stream().map(PersonSummary::id).toList(), headCount, note);
    }
}
