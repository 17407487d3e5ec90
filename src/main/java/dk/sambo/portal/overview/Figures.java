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
        @Nullable Long planDone, @Nullable Long planTotal) {

    public static final Figures EMPTY = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, null, null, null);

    public long targetGroup() {
        return inDepth + overall;
    }

    /** The share compared with the staircase: target-group members who took part in the period. */
    public @Nullable Double participationShare() {
        return share(targetTookPart, targetGroup());
    }

    public Staircase staircase() {
        return Staircase.reached(targetTookPart, targetGroup());
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
