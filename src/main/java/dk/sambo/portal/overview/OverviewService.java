package dk.sambo.portal.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.plan.PlanService;

/**
 * The organisation overview, scoped in this service (the view is not the gate):
 * STRATEGIC sees their cluster (REGION scope: everything) and may drill to organisations and units;
 * SENIOR_MANAGER their organisation (or unit subtree); LINE_MANAGER their unit(s); POLITICAL only totals of the
 * region and clusters they cover, never organisations or units. The implementing level reads only its clusters'
 * local training needs ({@link #localTrainingNeeds}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STRATEGIC', 'SENIOR_MANAGER', 'LINE_MANAGER', 'POLITICAL')")
public class OverviewService {

    private final OverviewQueries queries;
    private final StatementRunner statements;
    private final AccessControl access;
    private final OrganisationService organisation;
    private final PlanService plan;
    private final Clock clock;
    private final OverviewAccess scope;

    OverviewService(OverviewQueries queries, StatementRunner statements, AccessControl access,
            OrganisationService organisation, PlanService plan, Clock clock) {
        this.queries = queries;
        this.statements = statements;
        this.access = access;
        this.organisation = organisation;
        this.plan = plan;
        this.clock = clock;
        this.scope = new OverviewAccess(access, organisation, queries);
    }

    /** Where the current person starts: one node per grant that gives them the overview, widest first. */
    public List<Area> startingPoints() {
        return scope.startingPoints();
    }

    /**
     * How much of the target group has been trained, today, in each node the person leads under a leader role:
     * LINE_MANAGER each unit they lead (with the units below it), SENIOR_MANAGER the organisation or unit they
     * oversee. The same SQL as the overview page, so the figures agree with it; two statements a node.
     */
    public List<NodeParticipation> participationAsLeader(Role role) {
        if (role != Role.LINE_MANAGER && role != Role.SENIOR_MANAGER) {
            throw new IllegalArgumentException("Not a leader role: " + role);
        }
        var today = today();
        return access.grants().stream().filter(g -> g.role() == role).map(OverviewAccess::startOf).distinct()
                .map(area -> new NodeParticipation(area, queries.names(area).name(), null,
                        queries.participation(area, today)))
                .toList();
    }

    /**
     * Local training needs in each cluster the person covers as implementing (or strategic) level: the units whose
     * share with any training in the last 90 days is below the lower band of the step the plan's current phase
     * aims at ({@link PlanService#currentPhase}, {@link Staircase#ofPlanPhase}); the furthest behind first.
     */
    @PreAuthorize("hasAnyRole('IMPLEMENTING', 'STRATEGIC')")
    public List<LocalTrainingNeeds> localTrainingNeeds() {
        var today = today();
        var phase = plan.currentPhase().orElse(null);
        var target = phase == null ? Staircase.NOT_STARTED
                : Staircase.ofPlanPhase(phase.code()).orElse(Staircase.NOT_STARTED);
        var furthestBehind = Comparator.comparing((NodeParticipation n) -> n.participation().recentShare(),
                Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(n -> -n.participation().targetGroup()).thenComparing(NodeParticipation::name);
        return organisation.clusters().stream()
                .filter(c -> access.coversCluster(Role.IMPLEMENTING, c.id()) || access.coversCluster(Role.STRATEGIC,
                        c.id()))
                .map(c -> new LocalTrainingNeeds(c.id(), c.name(), phase, target, today,
                        target.lowerPercent() == 0 ? List.of()
                                : queries.unitsBelow(c.id(), target.lowerPercent(), today).stream()
                                        .sorted(furthestBehind).toList()))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OverviewQueries.zone()));
    }

    /** True if the current person may open this node. */
    public boolean mayView(Area area) {
        return scope.mayView(area);
    }

    /** A step of the breadcrumb: a node and its name (empty for the region: the view names it). */
    public record Crumb(Area area, String name) {
    }

    /**
     * The way down to a node the current person may open, from the widest node above it they may also open: the
     * breadcrumb of a deep link ({@link OverviewAccess#trail}).
     */
    public List<Crumb> trail(Area area) {
        return scope.trail(area);
    }

    /** The name of a node the current person may open (empty for the region: the view names it). */
    public String name(Area area) {
        scope.check(area);
        return queries.names(area).name();
    }

    /**
     * The overview of a node for a period. Denied when the current person may not open the node. Not in a
     * transaction of its own, so its statements can run side by side ({@link StatementRunner}); inside a caller's
     * transaction it reads in that one.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Overview overview(Area area, Period period) {
        scope.check(area);
        return compute(area, period, mayDrillDown(area), this::mayView);
    }

    /** The figures without access checks: for {@link #overview} after its checks, and for the benchmark. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    Overview compute(Area area, Period period, boolean drillDown, java.util.function.Predicate<Area> drillable) {
        var now = clock.instant();
        var today = LocalDate.now(clock.withZone(OverviewQueries.zone()));
        var referenceDay = period.to().isBefore(today) ? period.to() : today;
        // Every statement is started before any result is awaited; the slowest ones first.
        var questionCounts = statements.start(() -> queries.questions().counts(area, period, now));
        var people = statements.start(() -> queries.people(area, period, referenceDay, now));
        var questionMedians = statements.start(() -> queries.questions().medians(area, period, now));
        var monthlyMedians = statements.start(() -> queries.questions().monthlyMedians(area, period, now));
        var training = statements.start(() -> queries.training(area, period, now));
        var units = statements.start(() -> queries.units(area, period, referenceDay, now));
        var participants = statements.start(() -> queries.monthlyParticipants(area, period, now));
        var plans = statements.start(() -> queries.plans(area, period, referenceDay, now));
        var names = statements.start(() -> queries.names(area));

        var questions = QuestionQueries.combine(get(questionCounts), get(questionMedians), get(monthlyMedians));
        var figures = OverviewQueries.merge(get(people), get(units), questions.byKey(), get(plans));
        var rows = new ArrayList<Overview.Row>();
        if (drillDown) {
            for (var child : get(names).children().entrySet()) {
                var childArea = area.child(child.getKey());
                rows.add(new Overview.Row(childArea, child.getValue(),
                        figures.getOrDefault(child.getKey(), Figures.EMPTY), drillable.test(childArea)));
            }
        }
        var total = figures.get(-1L);
        var monthly = new OverviewQueries.Monthly(get(participants), questions.askedByMonth(),
                questions.medianHoursByMonth());
        var charts = RunCharts.charts(period, referenceDay, total, monthly);
        return new Overview(area, get(names).name(), period, referenceDay, total, rows, questions.byTopic(),
                questions.bySector(), get(training), charts);
    }

    private static <T> T get(java.util.concurrent.CompletableFuture<T> future) {
        return StatementRunner.get(future);
    }

    /** Political viewers see cluster totals only: the region's breakdown rows are clusters, nothing deeper. */
    public boolean mayDrillDown(Area area) {
        return scope.mayDrillDown(area);
    }
}
