package dk.sambo.portal.overview;

import java.util.List;

import org.springframework.lang.Nullable;

/**
 * Where a node stands on Justesen's implementation staircase (seed 001), each step judged by its own measure for
 * its own target groups, as the implementation plan (seed 000) describes the phase:
 * <ul>
 * <li><b>Launch</b> (20-30 %): the share of the target group whose organisation has confirmed that it passed the
 * launch package on locally ("Den enkelte organisation formidler materialet lokalt").</li>
 * <li><b>Competence development</b> (30-40 %): two shares, both must meet the band: in-depth staff and line
 * managers who attended step 1 (Revisionsgruppen) or step 2 (the cluster's teaching), and overall-knowledge staff
 * who attended step 2; on or before the period's end.</li>
 * <li><b>Change management</b> (40-60 %): two shares, both must meet the band: the target group that took part in
 * practice training, peer coaching (sparring) or knowledge sharing in the period, and the units with an appointed
 * culture bearer (coverage).</li>
 * <li><b>Realisation</b> ("virkeliggørelse", 80 %): the target group that took part in training in both halves of
 * the twelve months up to the period's last day: continuing, not a one-off.</li>
 * </ul>
 * A step's measure is met when every share of it that has a denominator is at least the lower end of the step's
 * band (exact, in integers); a step with no denominator at all is not met. The steps are cumulative: the node
 * stands on the highest step met with every step below it met too, so much practice training cannot lift an
 * organisation over missing teaching. Beside it: the next step's measure and how far it is from its band.
 */
public record StaircasePosition(Staircase reached, List<Measure> measures) {

    /** What a share counts; the view names it. */
    public enum Group {
        /** Target group whose organisation passed the launch package on locally. */
        LAUNCH_PASSED_ON,
        /** In-depth staff and line managers with step 1 or step 2. */
        IN_DEPTH_AND_LINE_MANAGERS,
        /** Overall-knowledge staff with step 2. */
        OVERALL_STAFF,
        /** Target group with practice training, peer coaching or knowledge sharing in the period. */
        LOCAL_TRAINING,
        /** Units with a culture bearer. */
        BEARER_COVERAGE,
        /** Target group with training in both halves of the last twelve months. */
        CONTINUED
    }

    /** One share of a step's measure: {@code part} of {@code whole}. */
    public record Share(Group group, long part, long whole) {

        public @Nullable Double value() {
            return Figures.share(part, whole);
        }

        boolean meets(int lowerPercent) {
            return whole > 0 && part * 100 >= (long) lowerPercent * whole;
        }
    }

    /** A step's measure: its shares against the step's band. */
    public record Measure(Staircase step, List<Share> shares) {

        /** Every share with a denominator meets the lower end of the band, and at least one has one. */
        public boolean met() {
            var counted = shares.stream().filter(s -> s.whole() > 0).toList();
            return !counted.isEmpty() && counted.stream().allMatch(s -> s.meets(step.lowerPercent()));
        }

        /** The share that decides: the smallest one with a denominator (null when none has one). */
        public @Nullable Share deciding() {
            Share smallest = null;
            for (var s : shares) {
                if (s.whole() > 0 && (smallest == null || s.part() * smallest.whole() < smallest.part() * s.whole())) {
                    smallest = s;
                }
            }
            return smallest;
        }

        /** The deciding share as a fraction (null when none). */
        public @Nullable Double value() {
            var d = deciding();
            return d == null ? null : d.value();
        }

        /**
         * Percentage points the deciding share lacks to the lower end of the band: 0 when met; the whole lower end
         * when there is nothing to measure.
         */
        public double pointsShort() {
            if (met()) {
                return 0;
            }
            var value = value();
            return value == null ? step.lowerPercent() : Math.max(0, step.lowerPercent() - 100 * value);
        }
    }

    public static StaircasePosition of(Figures f) {
        var s = f.steps();
        var measures = List.of(
                new Measure(Staircase.LAUNCH, List.of(new Share(Group.LAUNCH_PASSED_ON, s.launched(),
                        f.targetGroup()))),
                new Measure(Staircase.COMPETENCE_DEVELOPMENT, List.of(
                        new Share(Group.IN_DEPTH_AND_LINE_MANAGERS, s.inDepthAndLineManagersTaught(),
                                s.inDepthAndLineManagers()),
                        new Share(Group.OVERALL_STAFF, s.overallStaffTaught(), s.overallStaff()))),
                new Measure(Staircase.CHANGE_MANAGEMENT, List.of(
                        new Share(Group.LOCAL_TRAINING, s.localTraining(), f.targetGroup()),
                        new Share(Group.BEARER_COVERAGE, f.unitsWithBearer(), f.units()))),
                new Measure(Staircase.REALISATION, List.of(new Share(Group.CONTINUED, s.continued(),
                        f.targetGroup()))));
        var reached = Staircase.NOT_STARTED;
        for (var m : measures) {
            if (!m.met()) {
                break;
            }
            reached = m.step();
        }
        return new StaircasePosition(reached, List.copyOf(measures));
    }

    /** The measure of a step (not of NOT_STARTED). */
    public Measure measure(Staircase step) {
        for (var m : measures) {
            if (m.step() == step) {
                return m;
            }
        }
        throw new IllegalArgumentException("No measure for " + step);
    }

    /** The share counting {@code group}, whichever step's measure it belongs to. */
    public Share share(Group group) {
        return measures.stream().flatMap(m -> m.shares().stream()).filter(s -> s.group() == group).findFirst()
                .orElseThrow();
    }

    /** The measure of the step reached; null when not started. */
    public @Nullable Measure reachedMeasure() {
        return reached == Staircase.NOT_STARTED ? null : measure(reached);
    }

    /** The measure of the next step up; null on the top step. */
    public @Nullable Measure next() {
        return reached == Staircase.REALISATION ? null : measure(Staircase.values()[reached.ordinal() + 1]);
    }
}
