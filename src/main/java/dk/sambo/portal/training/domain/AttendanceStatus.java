package dk.sambo.portal.training.domain;

/** What the organiser marked after the session. ATTENDED and PARTLY count as having taken part. */
public enum AttendanceStatus {
    ATTENDED, PARTLY, NO_SHOW, EXCUSED;

    public boolean tookPart() {
        return this == ATTENDED || this == PARTLY;
    }
}
