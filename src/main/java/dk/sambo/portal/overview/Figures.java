package dk.sambo.portal.overview;

import org.springframework.lang.Nullable;

/**
 * Every figure of one node or breakdown row. Counts come straight from SQL aggregates; the shares and ratios
 * below are divisions of those counts. "Target group" = active people with knowledge target IN_DEPTH or OVERALL;
 * "leaders" = active people holding LINE_MANAGER or SENIOR_MANAGER (in any scope).
 */
public record Figures(
        long people, long inDepth, long overall, long leaders,
        long targetTookPart, long inDepthTookPart, long overallTookPart, long leadersTookPart,
        long inDepthStep1, long overallStep1, long leadersStep1,
        long inDepthStep2, long overallStep2, long leadersStep2,
        long targetRecent,
        long units, long unitsWithBearer, long bearers,
        long asked, long answered, long answeredByBearer, long overdue, long escalated,
        @Nullable Double medianHoursToFirstAnswer,
        @Nullable Long planDone, @Nullable Long planTotal, Steps steps) {

    public static final Figures EMPTY = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, null, null, null, Steps.NONE);

    /**
     * The counts behind the staircase's own measures ({@link StaircasePosition}), from the same SQL statement as
     * the participation figures. "Target group" as above (in-depth and overall).
     *
     * @param inDepthAndLineManagers in-depth staff and line managers (seed 000: they take step 1 or step 2)
     * @param inDepthAndLineManagersTaught of them, attended step 1 or step 2 on or before the period's end
     * @param overallStaff overall-knowledge staff who are no line managers (seed 000: they take step 2)
     * @param overallStaffTaught of them, attended step 2 on or before the period's end
     * @param launched target group whose organisation confirmed passing the launch package on locally
     * @param localTraining target group with practice training, peer coaching or knowledge sharing in the period
     * @param continued target group who took part in training in both halves of the twelve months up to the
     *        period's last day
     */
    public record Steps(long inDepthAndLineManagers, long inDepthAndLineManagersTaught, long overallStaff,
            long overallStaffTaught, long launched, long localTraining, long continued) {

        public static final Steps NONE = new Steps(0, 0, 0, 0, 0, 0, 0);
    }

    /** The figures without the staircase's measures (all zero). */
    public Figures(long people, long inDepth, long overall, long leaders,
            long targetTookPart, long inDepthTookPart, long overallTookPart, long leadersTookPart,
            long inDepthStep1, long overallStep1, long leadersStep1,
            long inDepthStep2, long overallStep2, long leadersStep2,
            long targetRecent,
            long units, long unitsWithBearer, long bearers,
            long asked, long answered, long answeredByBearer, long overdue, long escalated,
            @Nullable Double medianHoursToFirstAnswer,
            @Nullable Long planDone, @Nullable Long planTotal) {
        this(people, inDepth, overall, leaders, targetTookPart, inDepthTookPart, overallTookPart, leadersTookPart,
                inDepthStep1, overallStep1, leadersStep1, inDepthStep2, overallStep2, leadersStep2, targetRecent,
                units, unitsWithBearer, bearers, asked, answered, answeredByBearer, overdue, escalated,
                medianHoursToFirstAnswer, planDone, planTotal, Steps.NONE);
    }

    public long targetGroup() {
        return inDepth + overall;
    }

    /** Target-group members who took part in any training in the period. */
    public @Nullable Double participationShare() {
        return share(targetTookPart, targetGroup());
    }

    /** Where the node stands on the staircase, each step by its own measure ({@link StaircasePosition}). */
    public StaircasePosition position() {
        return StaircasePosition.of(this);
    }

    /** The step reached: the highest step whose own measure is met, all steps below it met too. */
    public Staircase staircase() {
        return position().reached();
    }

    public @Nullable Double recentShare() {
        return share(targetRecent, targetGroup());
    }

    public @Nullable Double bearerCoverage() {
        return share(unitsWithBearer, units);
    }

    public @Nullable Double peoplePerBearer() {
        return bearers == 0 ? null : (double) people / bearers;
    }

    public static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
