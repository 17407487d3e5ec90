package dk.sambo.portal.overview.ui;

import static dk.sambo.portal.home.StartCard.badge;
import static dk.sambo.portal.home.StartCard.card;
import static dk.sambo.portal.home.StartCard.cell;
import static dk.sambo.portal.home.StartCard.figure;
import static dk.sambo.portal.home.StartCard.figures;
import static dk.sambo.portal.home.StartCard.link;
import static dk.sambo.portal.home.StartCard.locale;
import static dk.sambo.portal.home.StartCard.t;
import static dk.sambo.portal.home.StartCard.table;
import static dk.sambo.portal.home.StartCard.text;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import dk.sambo.portal.home.StartSection;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.overview.Area;
import dk.sambo.portal.overview.LocalTrainingNeeds;
import dk.sambo.portal.overview.NodeParticipation;
import dk.sambo.portal.overview.OverviewService;

/**
 * The overview's participation figures on "Min side": the share trained in a line manager's units and in a
 * director's organisation (each linking to its overview page), and the implementing level's local training
 * needs against the staircase step of the plan's current phase. All figures come from {@link OverviewService}.
 */
@Configuration(proxyBeanMethods = false)
class ParticipationStartSections {

    /** Units listed before "and N more": the card is a pointer, the cluster may hold dozens. */
    static final int NEEDS_SHOWN = 8;

    @Bean
    StartSection shareTrainedInMyUnits(OverviewService overview) {
        return StartSection.of(Set.of(Role.LINE_MANAGER), 12, () -> {
            var units = overview.participationAsLeader(Role.LINE_MANAGER);
            if (units.isEmpty()) {
                return null;
            }
            var card = card("participation", t("overview.start.units.title"));
            var rows = table(t("overview.start.table.unit"), t("overview.start.table.target"),
                    t("overview.start.table.step1"), t("overview.start.table.step2"),
                    t("overview.start.table.recent"));
            for (var unit : units) {
                var p = unit.participation();
                rows.add(link(overviewOf(unit.area()), unit.name()), cell(String.valueOf(p.targetGroup())),
                        cell(percent(p.step1Share())), cell(percent(p.step2Share())), cell(percent(p.recentShare())));
            }
            card.add(rows, text(t("overview.start.explain")));
            return card;
        });
    }

    @Bean
    StartSection shareTrainedInMyOrganisation(OverviewService overview) {
        return StartSection.of(Set.of(Role.SENIOR_MANAGER), 12, () -> {
            var nodes = overview.participationAsLeader(Role.SENIOR_MANAGER);
            if (nodes.isEmpty()) {
                return null;
            }
            var stack = new Div();
            stack.addClassName("start-stack");
            nodes.forEach(node -> stack.add(organisationCard(node)));
            return stack;
        });
    }

    private static Component organisationCard(NodeParticipation node) {
        var p = node.participation();
        var card = card("participation", t("overview.start.org.title", node.name()));
        card.add(figures(figure(percent(p.step1Share()), t("overview.start.figure.step1")),
                figure(percent(p.step2Share()), t("overview.start.figure.step2")),
                figure(percent(p.recentShare()), t("overview.start.figure.recent"))));
        card.add(text(t("overview.start.org.explain", p.targetGroup())),
                link(overviewOf(node.area()), t("overview.start.org.link")));
        return card;
    }

    @Bean
    StartSection localTrainingNeeds(OverviewService overview) {
        return StartSection.of(Set.of(Role.IMPLEMENTING), 20, () -> {
            var clusters = overview.localTrainingNeeds();
            if (clusters.isEmpty()) {
                return null;
            }
            var card = card("needs", t("overview.start.needs.title"));
            var first = clusters.getFirst();
            if (first.phase() == null) {
                card.add(text(t("overview.start.needs.no-phase")));
                return card;
            }
            card.add(text(t("overview.start.needs.explain", first.phase().name(locale()),
                    first.target().lowerPercent())));
            for (var cluster : clusters) {
                addCluster(card, cluster, clusters.size() > 1);
            }
            card.add(link("kontakter", t("overview.start.needs.contacts")));
            return card;
        });
    }

    private static void addCluster(Div card, LocalTrainingNeeds needs, boolean named) {
        var below = needs.unitsBelow();
        var label = named ? t("overview.start.needs.count.in", needs.clusterName()) : t("overview.start.needs.count");
        card.add(figures(figure(below.size(), label)));
        if (below.isEmpty()) {
            card.add(badge(t("overview.start.needs.none"), "ok"));
            return;
        }
        var list = new UnorderedList();
        below.stream().limit(NEEDS_SHOWN).forEach(unit -> {
            var p = unit.participation();
            list.add(new ListItem(t("overview.start.needs.unit", unit.name(), unit.organisationName(),
                    percent(p.recentShare()), p.recent(), p.targetGroup())));
        });
        card.add(list);
        if (below.size() > NEEDS_SHOWN) {
            card.add(text(t("overview.start.needs.more", below.size() - NEEDS_SHOWN)));
        }
    }

    static String overviewOf(Area area) {
        return OverviewView.ROUTE + "?" + OverviewView.AREA_PARAMETER + "=" + area.token();
    }

    /** Whole percent, as the other start cards show shares (kept on one line); a dash without a target group. */
    static String percent(@Nullable Double share) {
        return share == null ? "–" : Math.round(share * 100) + "\u00a0%";
    }
}
