package dk.sambo.portal.plan;

import static dk.sambo.portal.home.StartCard.badge;
import static dk.sambo.portal.home.StartCard.card;
import static dk.sambo.portal.home.StartCard.figure;
import static dk.sambo.portal.home.StartCard.figures;
import static dk.sambo.portal.home.StartCard.link;
import static dk.sambo.portal.home.StartCard.locale;
import static dk.sambo.portal.home.StartCard.t;
import static dk.sambo.portal.home.StartCard.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dk.sambo.portal.home.StartSection;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.OrganisationSummary;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;

/** The plan's sections on "Min side": a director's plan and task, the cluster levels' plan progress. */
@Configuration(proxyBeanMethods = false)
class PlanSections {

    /** Senior managers: where the plan stands, their organisation's progress and their own task in the plan. */
    @Bean
    StartSection seniorPlanSection(PlanService plan, AccessControl access, OrganisationService organisation,
            Clock clock) {
        return StartSection.of(EnumSet.of(Role.SENIOR_MANAGER), 20, () -> {
            var card = card("plan", t("plan.start.heading"));
            card.add(phaseStrip(plan.phases(), LocalDate.now(clock)));
            var orgIds = access.grants().stream()
                    .filter(g -> g.role() == Role.SENIOR_MANAGER && g.scopeType() == ScopeType.ORGANISATION)
                    .map(g -> g.scopeId()).distinct().toList();
            for (var progress : plan.progress(orgIds)) {
                var name = organisation.organisation(progress.organisationId()).map(OrganisationSummary::name)
                        .orElse("?");
                card.add(figures(figure(progress.done() + "/" + progress.total(), t("plan.start.progress", name))));
            }
            var task = new UnorderedList();
            plan.activities().stream()
                    .filter(a -> a.targetGroup() == TargetGroup.MANAGERS_OF_MANAGERS
                            || a.targetGroup() == TargetGroup.DIRECTORS)
                    .map(a -> a.text(locale())).distinct().forEach(text -> task.add(new ListItem(text)));
            card.add(new Span(t("plan.start.your-task")), task, link("plan", t("plan.start.link")));
            if (!orgIds.isEmpty()) {
                card.add(link("plan/status", t("plan.start.status.link")));
            }
            return card;
        });
    }

    /** Cluster levels: the plan's phases and the organisations furthest behind on its checkpoints. */
    @Bean
    StartSection clusterPlanSection(PlanService plan, AccessControl access, OrganisationService organisation,
            Clock clock) {
        return StartSection.of(EnumSet.of(Role.STRATEGIC, Role.IMPLEMENTING, Role.POLITICAL), 30, () -> {
            var card = card("plan", t("plan.start.cluster.heading"));
            card.add(phaseStrip(plan.phases(), LocalDate.now(clock)));
            var orgs = new LinkedHashMap<Long, OrganisationSummary>();
            for (var cluster : organisation.clusters()) {
                boolean covered = access.coversCluster(Role.STRATEGIC, cluster.id())
                        || access.coversCluster(Role.IMPLEMENTING, cluster.id())
                        || access.coversCluster(Role.POLITICAL, cluster.id());
                if (covered) {
                    organisation.organisationsServing(cluster.id()).stream()
                            .filter(o -> !organisation.unitsOf(o.id()).isEmpty())
                            .forEach(o -> orgs.putIfAbsent(o.id(), o));
                }
            }
            var progress = plan.progress(List.copyOf(orgs.keySet()));
            int total = progress.isEmpty() ? 0 : progress.getFirst().total();
            long complete = progress.stream().filter(p -> p.done() == p.total()).count();
            int average = progress.isEmpty() ? 0
                    : (int) Math.round(progress.stream().mapToInt(PlanService.Progress::percent).average().orElse(0));
            card.add(figures(figure(orgs.size(), t("plan.start.cluster.orgs")),
                    figure(average + " %", t("plan.start.cluster.average", total)),
                    figure(complete, t("plan.start.cluster.complete"))));
            var behind = progress.stream().sorted(Comparator.comparingInt(PlanService.Progress::done)).limit(5)
                    .toList();
            if (!behind.isEmpty()) {
                card.add(new Span(t("plan.start.cluster.behind")));
                var list = new UnorderedList();
                behind.forEach(p -> list.add(new ListItem(t("plan.start.cluster.row",
                        orgs.get(p.organisationId()).name(),
                        p.done(), p.total()))));
                card.add(list);
            }
            card.add(link("plan/status", t("plan.start.status.link")), link("plan", t("plan.start.link")));
            if (access.hasRole(Role.STRATEGIC, Role.POLITICAL)) {
                // The implementing level cannot open the overview; do not point them to it.
                card.add(text(t("plan.start.cluster.overview")));
            }
            return card;
        });
    }


    static Div phaseStrip(List<PlanService.Phase> phases, LocalDate today) {
        var strip = new Div();
        strip.addClassName("plan-strip");
        for (var phase : phases) {
            var state = phase.ended(today) ? "ended" : phase.underWay(today) ? "now" : "coming";
            var step = new Div(new Span(phase.name(locale())),
                    badge(t("plan.phase.state." + state), state.equals("now") ? "ok" : "muted"));
            step.addClassNames("plan-strip-step", "plan-strip-" + state);
            strip.add(step);
        }
        return strip;
    }
}
