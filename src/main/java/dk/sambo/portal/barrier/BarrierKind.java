package dk.sambo.portal.barrier;

/** The four kinds of barrier a culture and barrier analysis finds (seed 001). */
public enum BarrierKind {
    PRACTICAL, LEADERSHIP, CULTURAL, COMPETENCE
}
