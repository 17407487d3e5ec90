package dk.sambo.portal.plan;

/** The plan's target groups (seed 000), in the order the plan lists them, with the audience each belongs to. */
public enum TargetGroup {
    STAFF_IN_DEPTH(Audience.STAFF), STAFF_OVERALL(Audience.STAFF), LINE_MANAGERS(Audience.LEADERSHIP),
    MANAGERS_OF_MANAGERS(Audience.LEADERSHIP), DIRECTORS(Audience.LEADERSHIP), POLITICAL(Audience.CLUSTERS),
    STRATEGIC(Audience.CLUSTERS), IMPLEMENTING(Audience.CLUSTERS);

    /** The plan's three overall target groups: staff, leadership and the health clusters. */
    public enum Audience { STAFF, LEADERSHIP, CLUSTERS }

    private final Audience audience;

    TargetGroup(Audience audience) {
        this.audience = audience;
    }

    public Audience audience() {
        return audience;
    }
}
