package dk.sambo.portal.barrier.ui;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import dk.sambo.portal.barrier.BarrierKind;
import dk.sambo.portal.barrier.BarrierLog;
import dk.sambo.portal.barrier.BarrierStatus;
import dk.sambo.portal.home.StartSection;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.OrganisationFigures;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.shared.ui.Formats;

/** The barrier log's sections on "Min side": a line manager's units, the clusters, the follow-up. */
@Configuration(proxyBeanMethods = false)
class BarrierSections {

    /** Line managers: unresolved barriers in their units by kind, overdue actions first. */
    @Bean
    StartSection unitBarrierSection(BarrierLog log, OrganisationFigures figures, Clock clock) {
        return StartSection.of(EnumSet.of(Role.LINE_MANAGER), 30, () -> {
            var units = figures.unitsILead().stream().map(UnitSummary::id).toList();
            if (units.isEmpty()) {
                return null;
            }
            var card = card("barriers", t("barrier.start.units"));
            card.add(kinds(log.summaryOfUnits(units)));
            card.add(actions(log.ofUnits(units), LocalDate.now(clock)));
            card.add(link("barrierer", t("barrier.start.link")));
            return card;
        });
    }

    /** Strategic and implementing levels: barriers across each cluster in scope, by kind. */
    @Bean
    StartSection clusterBarrierSection(BarrierLog log, OrganisationService organisation, AccessControl access) {
        return StartSection.of(EnumSet.of(Role.STRATEGIC, Role.IMPLEMENTING), 40, () -> {
            var card = card("barriers", t("barrier.start.cluster"));
            for (var cluster : organisation.clusters()) {
                if (!access.coversCluster(Role.STRATEGIC, cluster.id())
                        && !access.coversCluster(Role.IMPLEMENTING, cluster.id())) {
                    continue;
                }
                var summary = log.summaryOfCluster(cluster.id());
                if (summary.counts().isEmpty()) {
                    continue;
                }
                card.add(text(t("barrier.start.cluster.row", cluster.name(), summary.unresolved())),
                        kinds(summary));
            }
            card.add(link("barrierer", t("barrier.start.link")));
            return card;
        });
    }

    /** Implementing level: follow-up, the barrier actions overdue or due within two weeks in its clusters. */
    @Bean
    StartSection followUpSection(BarrierLog log, OrganisationService organisation, AccessControl access, Clock clock) {
        return StartSection.of(EnumSet.of(Role.IMPLEMENTING), 30, () -> {
            var today = LocalDate.now(clock);
            var due = new ArrayList<BarrierLog.Entry>();
            for (var cluster : organisation.clusters()) {
                if (access.coversCluster(Role.IMPLEMENTING, cluster.id())) {
                    log.ofCluster(cluster.id()).stream()
                            .filter(e -> e.status() != BarrierStatus.RESOLVED && e.dueOn() != null
                                    && !e.dueOn().isAfter(today.plusDays(14)))
                            .forEach(due::add);
                }
            }
            var card = card("follow-up", t("barrier.start.follow-up"));
            long overdue = due.stream().filter(e -> e.overdue(today)).count();
            card.add(figures(figure(overdue, t("barrier.start.overdue")),
                    figure(due.size() - overdue, t("barrier.start.due-soon"))));
            card.add(actions(due, today), link("barrierer", t("barrier.start.link")));
            return card;
        });
    }


    static Div kinds(BarrierLog.Summary summary) {
        var row = figures();
        for (var kind : BarrierKind.values()) {
            row.add(figure(summary.unresolved(kind), t("barrier.kind." + kind)));
        }
        return row;
    }

    /** Unresolved actions: overdue first, then by due date. */
    static com.vaadin.flow.component.Component actions(List<BarrierLog.Entry> entries, LocalDate today) {
        var open = new ArrayList<>(entries.stream().filter(e -> e.status() != BarrierStatus.RESOLVED).toList());
        if (open.isEmpty()) {
            return badge(t("barrier.start.none"), "ok");
        }
        open.sort(Comparator.comparing((BarrierLog.Entry e) -> e.dueOn() == null ? LocalDate.MAX : e.dueOn()));
        var list = new UnorderedList();
        open.stream().limit(5).forEach(e -> {
            var item = new ListItem(t("barrier.start.row", t("barrier.kind." + e.kind()), e.description(),
                    e.dueOn() == null ? "–" : Formats.date(e.dueOn(), locale()), e.unitName()));
            if (e.overdue(today)) {
                item.add(badge(t("barrier.overdue"), "gap"));
            }
            list.add(item);
        });
        return list;
    }
}
