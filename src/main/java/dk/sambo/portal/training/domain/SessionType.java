package dk.sambo.portal.training.domain;

/**
 * The kinds of training in the implementation plan. The first two are cross-sector teaching (step 1 by
 * Revisionsgruppen, step 2 via the clusters); the next three are the continuous training that culture bearers
 * and leaders give locally and may also log outside the calendar.
 */
public enum SessionType {
    CROSS_SECTOR_STEP1("#7b1fa2"),
    CROSS_SECTOR_STEP2("#1565c0"),
    PRACTICE_TRAINING("#2e7d32"),
    PEER_COACHING("#b84e00"),
    KNOWLEDGE_SHARING("#00838f"),
    LEADER_SESSION("#6d4c41");

    private final String colour;

    SessionType(String colour) {
        this.colour = colour;
    }

    /** The calendar colour; chosen to be told apart and to carry white text (WCAG AA contrast, at least 4.5:1). */
    public String colour() {
        return colour;
    }

    /** Whether culture bearers and line managers may also record this kind of training in the training log. */
    public boolean loggable() {
        return this == PRACTICE_TRAINING || this == PEER_COACHING || this == KNOWLEDGE_SHARING;
    }

    public boolean crossSector() {
        return this == CROSS_SECTOR_STEP1 || this == CROSS_SECTOR_STEP2;
    }
}
