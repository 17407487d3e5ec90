package dk.sambo.portal.overview;

/**
 * Justesen's implementation staircase (seed 001) with each step's participation band: launch 20-30 %, competence
 * development 30-40 %, change management 40-60 %, realisation ("virkeliggørelse", seed 000) 80 %. Each step is
 * measured by its own measure ({@link StaircasePosition}); a measure is met at the band's lower end.
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
