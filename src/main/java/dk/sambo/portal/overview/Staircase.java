package dk.sambo.portal.overview;

/**
 * Justesen's implementation staircase (seed 001): the share of the target group taking part at each step. A step
 * is reached when the participation share is at least the lower end of its band: launch 20-30 %, competence
 * development 30-40 %, change management 40-60 %, realisation 80 %. Between 60 % and 80 % an organisation is past
 * the change-management band but has not reached realisation, so it stays on change management.
 */
public enum Staircase {
    NOT_STARTED(0, 20), LAUNCH(20, 30), COMPETENCE_DEVELOPMENT(30, 40), CHANGE_MANAGEMENT(40, 60),
    REALISATION(80, 100);

    private final int lowerPercent;
    private final int upperPercent;

    Staircase(int lowerPercent, int upperPercent) {
        this.lowerPercent = lowerPercent;
        this.upperPercent = upperPercent;
    }

    public int lowerPercent() {
        return lowerPercent;
    }

    public int upperPercent() {
        return upperPercent;
    }

    /** The highest step reached by {@code tookPart} of {@code targetGroup}; exact, in integers. */
    public static Staircase reached(long tookPart, long targetGroup) {
        if (targetGroup <= 0) {
            return NOT_STARTED;
        }
        var reached = NOT_STARTED;
        for (var step : values()) {
            if (tookPart * 100 >= (long) step.lowerPercent * targetGroup) {
                reached = step;
            }
        }
        return reached;
    }

    /**
     * The step a phase of the implementation plan aims at (the plan's phase codes, seed 000, against the staircase
     * of seed 001): launch, competence development, change management, realisation. Unknown codes: none.
     */
    public static java.util.Optional<Staircase> ofPlanPhase(String phaseCode) {
        return switch (phaseCode) {
            case "LAUNCH" -> java.util.Optional.of(LAUNCH);
            case "COMPETENCE" -> java.util.Optional.of(COMPETENCE_DEVELOPMENT);
            case "CHANGE" -> java.util.Optional.of(CHANGE_MANAGEMENT);
            case "REALISATION" -> java.util.Optional.of(REALISATION);
            default -> java.util.Optional.empty();
        };
    }

    /** 0 for not started up to 4 for realisation: the number of coloured steps. */
    public int level() {
        return ordinal();
    }
}
