package dk.sambo.portal.overview.ui;

import static dk.sambo.portal.overview.ui.OverviewExport.decimal;
import static dk.sambo.portal.overview.ui.OverviewExport.percent;

import java.util.function.BiFunction;

import org.springframework.lang.Nullable;

import dk.sambo.portal.overview.Figures;
import dk.sambo.portal.overview.StaircasePosition;
import dk.sambo.portal.overview.ui.OverviewExport.Percent;

/** The figures of a node or row, in screen order, each with its label key; the plan takes two columns. */
enum FigureColumn {
    PEOPLE("overview.figure.people"), IN_DEPTH("overview.figure.in-depth"), OVERALL("overview.figure.overall"),
    LEADERS("overview.figure.leaders"), PARTICIPATION("overview.figure.participation"),
    STAIRCASE("overview.figure.staircase"), IN_DEPTH_STEP1("overview.figure.in-depth-step1"),
    OVERALL_STEP1("overview.figure.overall-step1"), LEADERS_STEP1("overview.figure.leaders-step1"),
    IN_DEPTH_STEP2("overview.figure.in-depth-step2"), OVERALL_STEP2("overview.figure.overall-step2"),
    LEADERS_STEP2("overview.figure.leaders-step2"), RECENT("overview.figure.recent"),
    BEARER_COVERAGE("overview.figure.bearer-coverage"), PEOPLE_PER_BEARER("overview.figure.people-per-bearer"),
    ASKED("overview.figure.asked"), ANSWERED("overview.figure.answered"), OVERDUE("overview.figure.overdue"),
    ESCALATED("overview.figure.escalated"), MEDIAN_HOURS("overview.figure.median-hours"),
    PLAN("overview.figure.plan"),
    // The staircase by its own measures: the reached step's deciding share, the next step and its distance,
    // then every share of every step's measure (coverage is BEARER_COVERAGE above).
    STEP_MEASURE("overview.export.stair.measure"), NEXT_STEP("overview.export.stair.next"),
    NEXT_MEASURE("overview.export.stair.next-measure"), NEXT_POINTS_SHORT("overview.export.stair.points-short"),
    LAUNCH_PASSED_ON("overview.col.stair-launch"), IN_DEPTH_AND_LINE_MANAGERS("overview.col.stair-in-depth"),
    OVERALL_STAFF("overview.col.stair-overall"), LOCAL_TRAINING("overview.col.stair-local"),
    CONTINUED("overview.col.stair-continued");

    private final String key;

    FigureColumn(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** How many columns the figure takes: "5 of 10" activities are two numbers. */
    int parts() {
        return this == PLAN ? 2 : 1;
    }

    /** Shares are headed "(%)": the CSV writes the percentage's number, "12,3" for 12.3 %. */
    String header(BiFunction<String, Object[], String> t, int part) {
        if (this == PLAN && part == 1) {
            return t.apply("overview.figure.plan-total", new Object[0]);
        }
        var label = t.apply(key, new Object[0]);
        return switch (this) {
            case PARTICIPATION, IN_DEPTH_STEP1, OVERALL_STEP1, LEADERS_STEP1, IN_DEPTH_STEP2, OVERALL_STEP2,
                    LEADERS_STEP2, RECENT, BEARER_COVERAGE, STEP_MEASURE, NEXT_MEASURE, LAUNCH_PASSED_ON,
                    IN_DEPTH_AND_LINE_MANAGERS, OVERALL_STAFF, LOCAL_TRAINING, CONTINUED -> label + " (%)";
            default -> label;
        };
    }

    @Nullable
    Object value(Figures f, int part, BiFunction<String, Object[], String> t) {
        return switch (this) {
            case PEOPLE -> f.people();
            case IN_DEPTH -> f.inDepth();
            case OVERALL -> f.overall();
            case LEADERS -> f.leaders();
            case PARTICIPATION -> percent(f.participationShare());
            case STAIRCASE -> t.apply("overview.stair.name." + f.staircase().name(), new Object[0]);
            case IN_DEPTH_STEP1 -> percent(Figures.share(f.inDepthStep1(), f.inDepth()));
            case OVERALL_STEP1 -> percent(Figures.share(f.overallStep1(), f.overall()));
            case LEADERS_STEP1 -> percent(Figures.share(f.leadersStep1(), f.leaders()));
            case IN_DEPTH_STEP2 -> percent(Figures.share(f.inDepthStep2(), f.inDepth()));
            case OVERALL_STEP2 -> percent(Figures.share(f.overallStep2(), f.overall()));
            case LEADERS_STEP2 -> percent(Figures.share(f.leadersStep2(), f.leaders()));
            case RECENT -> percent(f.recentShare());
            case BEARER_COVERAGE -> percent(f.bearerCoverage());
            case PEOPLE_PER_BEARER -> decimal(f.peoplePerBearer());
            case ASKED -> f.asked();
            case ANSWERED -> f.answered();
            case OVERDUE -> f.overdue();
            case ESCALATED -> f.escalated();
            case MEDIAN_HOURS -> decimal(f.medianHoursToFirstAnswer());
            case PLAN -> part == 0 ? f.planDone() : f.planTotal();
            case STEP_MEASURE -> {
                var m = f.position().reachedMeasure();
                yield m == null ? null : percent(m.value());
            }
            case NEXT_STEP -> {
                var m = f.position().next();
                yield m == null ? null : t.apply("overview.stair.name." + m.step().name(), new Object[0]);
            }
            case NEXT_MEASURE -> {
                var m = f.position().next();
                yield m == null ? null : percent(m.value());
            }
            case NEXT_POINTS_SHORT -> {
                var m = f.position().next();
                yield m == null ? null : decimal(m.pointsShort());
            }
            case LAUNCH_PASSED_ON -> share(f, StaircasePosition.Group.LAUNCH_PASSED_ON);
            case IN_DEPTH_AND_LINE_MANAGERS -> share(f, StaircasePosition.Group.IN_DEPTH_AND_LINE_MANAGERS);
            case OVERALL_STAFF -> share(f, StaircasePosition.Group.OVERALL_STAFF);
            case LOCAL_TRAINING -> share(f, StaircasePosition.Group.LOCAL_TRAINING);
            case CONTINUED -> share(f, StaircasePosition.Group.CONTINUED);
        };
    }

    private static @Nullable Percent share(Figures f, StaircasePosition.Group group) {
        return percent(f.position().share(group).value());
    }
}
