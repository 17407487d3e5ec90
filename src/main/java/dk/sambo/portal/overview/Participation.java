package dk.sambo.portal.overview;

import org.springframework.lang.Nullable;

/**
 * How much of a node's target group (active people with knowledge target in-depth or overall) has been trained,
 * as of a day: attended cross-sector teaching step 1, step 2 (at any time up to the day), and took part in any
 * training (a session attended, or named in a culture bearer's training log) in the 90 days up to the day. The
 * counts come from the overview's SQL, the same statement as {@link Figures}; shares are divisions of them.
 */
public record Participation(long targetGroup, long step1, long step2, long recent) {

    public static final Participation NONE = new Participation(0, 0, 0, 0);

    public @Nullable Double step1Share() {
        return Figures.share(step1, targetGroup);
    }

    public @Nullable Double step2Share() {
        return Figures.share(step2, targetGroup);
    }

    public @Nullable Double recentShare() {
        return Figures.share(recent, targetGroup);
    }

    /** True when the recent share is below {@code percent}: exact, in integers. */
    public boolean recentBelow(int percent) {
        return targetGroup > 0 && recent * 100 < (long) percent * targetGroup;
    }
}
