package dk.sambo.portal.training;

import java.time.LocalDate;

/**
 * An organiser marked (or re-marked) a participant's attendance at a calendar session. {@code sessionType} is a
 * {@code SessionType} name (CROSS_SECTOR_STEP1, ...); {@code status} ATTENDED, PARTLY, NO_SHOW or EXCUSED.
 * The last event for a (session, person) pair is the one that counts.
 */
public record AttendanceRecorded(long sessionId, long personId, String sessionType, LocalDate day, String status) {
}
