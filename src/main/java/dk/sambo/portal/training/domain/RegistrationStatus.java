package dk.sambo.portal.training.domain;

/**
 * Where a sign-up stands. PENDING waits for the participant's line manager and holds no seat; APPROVED holds a
 * seat; WAITLISTED waits for a seat in sign-up order.
 */
public enum RegistrationStatus {
    PENDING, APPROVED, WAITLISTED, REJECTED, CANCELLED;

    public boolean active() {
        return this == PENDING || this == APPROVED || this == WAITLISTED;
    }
}
