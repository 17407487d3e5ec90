package dk.sambo.portal.home;

import static dk.sambo.portal.home.StartCard.badge;
import static dk.sambo.portal.home.StartCard.card;
import static dk.sambo.portal.home.StartCard.cell;
import static dk.sambo.portal.home.StartCard.figure;
import static dk.sambo.portal.home.StartCard.figures;
import static dk.sambo.portal.home.StartCard.link;
import static dk.sambo.portal.home.StartCard.t;
import static dk.sambo.portal.home.StartCard.table;
import static dk.sambo.portal.home.StartCard.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.CultureBearerRegister;
import dk.sambo.portal.organisation.OrganisationFigures;
import dk.sambo.portal.organisation.OrganisationFigures.Totals;
import dk.sambo.portal.organisation.OrganisationFigures.UnitFigure;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.shared.ui.Formats;

/**
 * The start-page sections the organisation model can fill: who you are, your leader and culture bearers, the
 * basic principles, a culture bearer's appointment, a line manager's units, a director's organisation and a
 * cluster's summary. Other features add their own sections as beans (the participation figures and the
 * implementing level's local training needs come from the overview).
 */
@Configuration(proxyBeanMethods = false)
class HomeSections {

    /** Everyone: who you are in the agreement. */
    @Bean
    StartSection profileSection(OrganisationService organisation) {
        return StartSection.of(Set.of(), 10, () -> {
            var profile = organisation.myProfile();
            var person = profile.person();
            var card = card("profile", t("start.you"));
            card.add(field("start.job-title", person.jobTitle()), field("start.unit", person.unitName()),
                    field("start.organisation", person.organisationName()),
                    field("start.cluster", String.join(", ", profile.clusterNames())),
                    field("start.knowledge-target", t("target." + person.knowledgeTarget().name())));
            card.add(text(t("start.target.explain." + person.knowledgeTarget().name())));
            var roles = new UnorderedList();
            roles.addClassName("role-list");
            profile.grants().forEach(g -> roles.add(
                    new ListItem(t("role." + g.role().name()) + " · " + g.scopeName())));
            card.add(new Span(t("start.roles")), roles);
            return card;
        });
    }

    /** Staff: my leader and my culture bearers, whom to ask. */
    @Bean
    StartSection contactsSection(OrganisationService organisation) {
        return StartSection.of(EnumSet.of(Role.STAFF), 10, () -> {
            var profile = organisation.myProfile();
            var card = card("contacts", t("start.leader-and-bearers"));
            // A line manager leading her own unit has no leader above her in it: say nothing rather than "none".
            if (!profile.lineManagers().isEmpty() || !profile.has(Role.LINE_MANAGER)) {
                card.add(new Span(t("start.leader")));
                if (profile.lineManagers().isEmpty()) {
                    card.add(text(t("start.leader.none")));
                }
                profile.lineManagers().forEach(p -> card.add(contact(p)));
            }
            card.add(new Span(t("start.culture-bearers")), text(t("start.culture-bearers.explain")));
            if (profile.cultureBearers().isEmpty()) {
                card.add(text(t("start.culture-bearers.none")));
            }
            profile.cultureBearers().forEach(p -> card.add(contact(p)));
            card.add(link("kontakter", t("start.directory.link")));
            return card;
        });
    }

    /** Staff and directors: the basic principles every role must know (seed 000). */
    @Bean
    StartSection principlesSection() {
        return StartSection.of(EnumSet.of(Role.STAFF, Role.SENIOR_MANAGER, Role.POLITICAL), 90, () -> {
            var card = card("principles", t("start.principles"));
            var list = new OrderedList();
            for (int i = 1; i <= 5; i++) {
                list.add(new ListItem(t("start.principle." + i)));
            }
            card.add(list, link("plan", t("start.plan.link")));
            return card;
        });
    }

    /** Culture bearer: my appointment, the units and topics I cover, and for how long. */
    @Bean
    StartSection cultureBearerSection(CultureBearerRegister register, TopicService topics, Clock clock) {
        return StartSection.of(EnumSet.of(Role.CULTURE_BEARER), 10, () -> {
            var card = card("appointment", t("start.bearer.heading"));
            var today = LocalDate.now(clock);
            var active = register.mine().stream().filter(a -> a.active()).toList();
            if (active.isEmpty()) {
                card.add(text(t("start.bearer.none")));
                return card;
            }
            for (var a : active) {
                var units = String.join(", ", a.unitNames());
                var topicNames = a.topicCodes().isEmpty() ? t("start.bearer.all-topics")
                        : topics.active().stream().filter(x -> a.topicCodes().contains(x.code()))
                                .map(x -> x.name(StartCard.locale())).collect(Collectors.joining(", "));
                var period = Formats.date(a.validFrom(), StartCard.locale()) + " – "
                        + (a.validTo() == null ? t("start.bearer.until-further")
                                : Formats.date(a.validTo(), StartCard.locale()));
                card.add(field("start.bearer.units", units),
                        field("start.bearer.topics", topicNames),
                        field("start.bearer.period", period));
                if (a.validTo() != null && !a.validTo().isAfter(today.plusDays(30))) {
                    card.add(badge(t("start.bearer.ends-soon"), "warn"));
                }
            }
            card.add(text(t("start.bearer.task")), link("materialer", t("start.materials.link")));
            return card;
        });
    }

    /** Line manager: my units' people by knowledge target, culture bearers and gaps; appoint or end. */
    @Bean
    StartSection lineManagerUnitsSection(OrganisationFigures figures) {
        return StartSection.of(EnumSet.of(Role.LINE_MANAGER), 10, () -> {
            var units = figures.unitsILead();
            var card = card("units", t("start.manager.heading"));
            if (units.isEmpty()) {
                card.add(text(t("start.manager.no-units")));
                return card;
            }
            var rows = figures.forUnits(units.stream().map(UnitSummary::id).toList());
            var totals = Totals.of(rows);
            card.add(figures(figure(totals.people(), t("start.figure.people")),
                    figure(totals.inDepth(), t("start.figure.in-depth")),
                    figure(totals.overall(), t("start.figure.overall")),
                    figure(totals.cultureBearers(), t("start.figure.bearers"))));
            card.add(unitTable(rows));
            var gaps = rows.stream().filter(UnitFigure::gap).map(UnitFigure::unitName).toList();
            card.add(gaps.isEmpty() ? badge(t("start.manager.no-gaps"), "ok")
                    : badge(t("start.manager.gaps", String.join(", ", gaps)), "gap"));
            card.add(link("kulturbaerere", t("start.manager.register.link")));
            return card;
        });
    }

    /** Senior manager: the organisation's figures rolled up, with the units that lack a culture bearer. */
    @Bean
    StartSection seniorManagerSection(OrganisationFigures figures, OrganisationService organisation,
            AccessControl access) {
        return StartSection.of(EnumSet.of(Role.SENIOR_MANAGER), 10, () -> {
            var wrapper = new Div();
            wrapper.addClassName("start-stack");
            for (var grant : access.grants()) {
                if (grant.role() != Role.SENIOR_MANAGER) {
                    continue;
                }
                List<UnitFigure> rows;
                String name;
                if (grant.scopeType() == ScopeType.ORGANISATION) {
                    rows = figures.forOrganisation(grant.scopeId());
                    name = organisation.organisation(grant.scopeId()).map(o -> o.name()).orElse("?");
                } else {
                    var unit = organisation.unit(grant.scopeId()).orElseThrow();
                    var ids = organisation.unitsOf(unit.organisationId()).stream()
                            .filter(u -> u.path().startsWith(unit.path())).map(UnitSummary::id).toList();
                    rows = figures.forUnits(ids);
                    name = unit.name();
                }
                wrapper.add(summaryCard(name, rows));
            }
            return wrapper;
        });
    }

    /** Strategic, implementing and political levels: each cluster in scope, summarised. */
    @Bean
    StartSection clusterSummarySection(OrganisationFigures figures, OrganisationService organisation,
            AccessControl access) {
        return StartSection.of(EnumSet.of(Role.STRATEGIC, Role.IMPLEMENTING, Role.POLITICAL), 10, () -> {
            var card = card("cluster", t("start.cluster.heading"));
            var table = table(t("start.cluster.name"), t("start.table.units"), t("start.cluster.coverage"),
                    t("start.table.people"), t("start.table.bearers"));
            int shown = 0;
            for (ClusterSummary cluster : clustersInScope(organisation, access)) {
                var rows = figures.forCluster(cluster.id());
                if (rows.isEmpty()) {
                    continue;
                }
                var totals = Totals.of(rows);
                table.add(cell(cluster.name()), cell(String.valueOf(totals.units())),
                        cell(t("start.cluster.coverage.value", totals.coveragePercent(), totals.coveredUnits(),
                                totals.units())),
                        cell(String.valueOf(totals.people())), cell(String.valueOf(totals.cultureBearers())));
                shown++;
            }
            card.add(shown == 0 ? text(t("start.cluster.none")) : table);
            card.add(text(t("start.cluster.explain")));
            return card;
        });
    }


    static Div field(String labelKey, String value) {
        var line = new Div(new Span(t(labelKey)), new Span(value == null || value.isBlank() ? "–" : value));
        line.addClassName("field");
        return line;
    }


    static Div contact(PersonSummary p) {
        var contact = new Div();
        contact.addClassName("contact");
        var name = new Span(p.name());
        name.addClassName("contact-name");
        contact.add(name, new Span(p.jobTitle() == null ? "" : p.jobTitle()),
                new Span(p.unitName() == null ? "" : p.unitName()));
        if (p.email() != null) {
            contact.add(new Anchor("mailto:" + p.email(), p.email()));
        }
        return contact;
    }


    static Div unitTable(List<UnitFigure> rows) {
        var table = table(t("start.table.unit"), t("start.table.people"), t("start.table.in-depth"),
                t("start.table.overall"), t("start.table.bearers"));
        for (var r : rows) {
            table.add(cell(r.unitName()), cell(String.valueOf(r.people())), cell(String.valueOf(r.inDepth())),
                    cell(String.valueOf(r.overall())));
            var bearers = cell(String.valueOf(r.cultureBearers()));
            if (r.gap()) {
                bearers.addClassName("start-gap");
            }
            table.add(bearers);
        }
        return table;
    }


    static Div summaryCard(String name, List<UnitFigure> rows) {
        var totals = Totals.of(rows);
        var card = card("organisation", t("start.org.heading", name));
        card.add(figures(figure(totals.units(), t("start.figure.units")),
                figure(totals.coveragePercent() + " %",
                        t("start.figure.coverage", totals.coveredUnits(), totals.units())),
                figure(totals.people(), t("start.figure.people")),
                figure(totals.inDepth(), t("start.figure.in-depth")),
                figure(totals.cultureBearers(), t("start.figure.bearers"))));
        var gaps = rows.stream().filter(UnitFigure::gap).map(UnitFigure::unitName).toList();
        if (gaps.isEmpty()) {
            card.add(badge(t("start.manager.no-gaps"), "ok"));
        } else {
            card.add(new Span(t("start.org.gaps", gaps.size())));
            var list = new UnorderedList();
            gaps.forEach(g -> list.add(new ListItem(g)));
            card.add(list);
        }
        return card;
    }


    static List<ClusterSummary> clustersInScope(OrganisationService organisation, AccessControl access) {
        return organisation.clusters().stream()
                .filter(c -> access.coversCluster(Role.STRATEGIC, c.id()) || access.coversCluster(Role.IMPLEMENTING,
                        c.id()) || access.coversCluster(Role.POLITICAL, c.id()))
                .toList();
    }
}
