package dk.sambo.portal.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.Grant;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
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

    OverviewService(OverviewQueries queries, StatementRunner statements, AccessControl access,
            OrganisationService organisation, PlanService plan, Clock clock) {
        this.queries = queries;
        this.statements = statements;
        this.access = access;
        this.organisation = organisation;
        this.plan = plan;
        this.clock = clock;
    }

    /** Where the current person starts: one node per grant that gives them the overview, widest first. */
    public List<Area> startingPoints() {
        var roots = new LinkedHashSet<Area>();
        var grants = new ArrayList<>(access.grants());
        grants.sort(Comparator.comparing((Grant g) -> g.scopeType()));
        for (var g : grants.reversed()) {
            var area = startOf(g);
            if (area != null) {
                roots.add(area);
            }
        }
        return List.copyOf(roots);
    }

    /** The node a grant opens the overview at; null for roles without the overview. */
    private static @Nullable Area startOf(Grant g) {
        return switch (g.role()) {
            case STRATEGIC, POLITICAL -> g.scopeType() == ScopeType.REGION ? Area.region() : Area.cluster(g.scopeId());
            case SENIOR_MANAGER -> g.scopeType() == ScopeType.ORGANISATION ? Area.organisation(g.scopeId(), null)
                    : Area.unit(g.scopeId());
            case LINE_MANAGER -> Area.unit(g.scopeId());
            default -> null;
        };
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
        return access.grants().stream().filter(g -> g.role() == role).map(OverviewService::startOf).distinct()
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
        return switch (area.level()) {
            case REGION -> access.grants().stream().anyMatch(g -> g.scopeType() == ScopeType.REGION
                    && (g.role() == Role.STRATEGIC || g.role() == Role.POLITICAL));
            case CLUSTER -> access.coversCluster(Role.STRATEGIC, area.clusterId())
                    || access.coversCluster(Role.POLITICAL, area.clusterId());
            case ORGANISATION -> mayViewOrganisation(area);
            case UNIT -> access.coversUnit(java.util.Set.of(Role.STRATEGIC, Role.SENIOR_MANAGER, Role.LINE_MANAGER),
                    area.unitId());
        };
    }

    private boolean mayViewOrganisation(Area area) {
        long organisationId = area.organisationId();
        if (access.coversOrganisation(Role.SENIOR_MANAGER, organisationId)) {
            return true;
        }
        if (area.clusterId() != null) {
            // Reached from a cluster: the organisation must serve it, and the viewer must cover that cluster.
            boolean serves = organisation.organisationsServing(area.clusterId()).stream()
                    .anyMatch(o -> o.id() == organisationId);
            return serves && access.coversCluster(Role.STRATEGIC, area.clusterId());
        }
        // The whole of a cross-cluster organisation: only region-wide strategic, or a cluster that is its only one.
        return access.grants().stream().anyMatch(g -> g.role() == Role.STRATEGIC && g.scopeType() == ScopeType.REGION)
                || organisation.organisation(organisationId).map(o -> o.clusters().size() == 1
                        && access.coversCluster(Role.STRATEGIC, o.clusters().iterator().next().id()))
                        .orElse(false);
    }

    /** A step of the breadcrumb: a node and its name (empty for the region: the view names it). */
    public record Crumb(Area area, String name) {
    }

    /**
     * The way down to a node the current person may open, from the widest node above it they may also open: the
     * breadcrumb of a deep link. A unit goes up through the units above it to its organisation (as the person
     * opens it: their own organisation whole, else within the unit's one cluster), its cluster and the region.
     */
    public List<Crumb> trail(Area area) {
        if (!mayView(area)) {
            throw new AccessDeniedException("The overview of " + area.token() + " is not yours to see");
        }
        var chain = new ArrayList<Area>();
        chain.add(area);
        var roots = startingPoints();
        for (var up = parent(area, roots); up != null && mayView(up); up = parent(up, roots)) {
            chain.add(up);
        }
        var crumbs = new ArrayList<Crumb>();
        for (var node : chain.reversed()) {
            crumbs.add(new Crumb(node, queries.names(node).name()));
        }
        return crumbs;
    }

    private @Nullable Area parent(Area area, List<Area> roots) {
        return switch (area.level()) {
            case REGION -> null;
            case CLUSTER -> Area.region();
            case ORGANISATION -> {
                if (area.clusterId() != null) {
                    yield Area.cluster(area.clusterId());
                }
                var clusters = organisation.organisation(area.organisationId()).map(o -> o.clusters())
                        .orElse(java.util.List.of());
                yield clusters.size() == 1 ? Area.cluster(clusters.iterator().next().id()) : Area.region();
            }
            case UNIT -> organisation.unit(area.unitId()).map(u -> {
                if (u.parentId() != null) {
                    return Area.unit(u.parentId());
                }
                var whole = Area.organisation(u.organisationId(), null);
                if (roots.contains(whole) || u.clusterIds().size() != 1) {
                    return whole;
                }
                return Area.organisation(u.organisationId(), u.clusterIds().getFirst());
            }).orElse(null);
        };
    }

    /** The name of a node the current person may open (empty for the region: the view names it). */
    public String name(Area area) {
        if (!mayView(area)) {
            throw new AccessDeniedException("The overview of " + area.token() + " is not yours to see");
        }
        return queries.names(area).name();
    }

    /**
     * The overview of a node for a period. Denied when the current person may not open the node. Not in a
     * transaction of its own, so its statements can run side by side ({@link StatementRunner}); inside a caller's
     * transaction it reads in that one.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Overview overview(Area area, Period period) {
        if (!mayView(area)) {
            throw new AccessDeniedException("The overview of " + area.token() + " is not yours to see");
        }
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
        var charts = charts(period, referenceDay, total, monthly);
        return new Overview(area, get(names).name(), period, referenceDay, total, rows, questions.byTopic(),
                questions.bySector(), get(training), charts);
    }

    private static <T> T get(java.util.concurrent.CompletableFuture<T> future) {
        return StatementRunner.get(future);
    }

    /** Political viewers see cluster totals only: the region's breakdown rows are clusters, nothing deeper. */
    public boolean mayDrillDown(Area area) {
        if (area.childLevel() == Area.Level.CLUSTER) {
            return true;
        }
        return access.hasRole(Role.STRATEGIC, Role.SENIOR_MANAGER, Role.LINE_MANAGER)
                && !(politicalOnly(area));
    }

    private boolean politicalOnly(Area area) {
        // A person who is both political and strategic for the cluster drills as strategic.
        return switch (area.level()) {
            case REGION -> false;
            case CLUSTER -> !access.coversCluster(Role.STRATEGIC, area.clusterId());
            case ORGANISATION, UNIT -> false;
        };
    }

    static List<Overview.RunChart> charts(Period period, LocalDate referenceDay, Figures total,
            OverviewQueries.Monthly monthly) {
        var months = new ArrayList<YearMonth>();
        var last = YearMonth.from(period.to());
        for (int i = OverviewQueries.CHART_MONTHS - 1; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        // The month the reference day lies in is still running (or cut by the period) unless the day is its last.
        var referenceMonth = YearMonth.from(referenceDay);
        var incomplete = referenceDay.equals(referenceMonth.atEndOfMonth()) ? null : referenceMonth;
        long target = total.targetGroup();
        Function<YearMonth, Double> participation = m -> target == 0 ? null
                : 100.0 * monthly.participants().getOrDefault(m, 0L) / target;
        Function<YearMonth, Double> asked = m -> (double) monthly.asked().getOrDefault(m, 0L);
        Function<YearMonth, Double> median = m -> monthly.medianHours().get(m);
        return List.of(chart("participation", months, participation, referenceMonth, incomplete),
                chart("questions", months, asked, referenceMonth, incomplete),
                chart("response", months, median, referenceMonth, incomplete));
    }

    private static Overview.RunChart chart(String key, List<YearMonth> months, Function<YearMonth, Double> value,
            YearMonth referenceMonth, @Nullable YearMonth incomplete) {
        var values = new ArrayList<Double>();
        var analysed = new ArrayList<Double>();
        for (var m : months) {
            // Months after the reference day have not happened yet: no value rather than a zero.
            var v = m.isAfter(referenceMonth) ? null : value.apply(m);
            values.add(v);
            analysed.add(m.equals(incomplete) ? null : v);
        }
        return new Overview.RunChart(key, List.copyOf(months), values, Anhoej.analyse(analysed),
                incomplete != null && months.contains(incomplete) ? incomplete : null);
    }

}
