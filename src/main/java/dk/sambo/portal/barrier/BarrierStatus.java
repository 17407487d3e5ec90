package dk.sambo.portal.barrier;

public enum BarrierStatus {
    OPEN, IN_PROGRESS, RESOLVED
}
