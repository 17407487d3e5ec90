package dk.sambo.portal.overview.ui;

import java.text.NumberFormat;
import java.util.List;

import org.springframework.lang.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import dk.sambo.portal.overview.Figures;
import dk.sambo.portal.overview.Overview;
import dk.sambo.portal.overview.StaircasePosition;

/** The overview's cards for the node as a whole: the staircase (the whole row), people, participation, ... */
class OverviewCards extends OverviewPart {

    OverviewCards(Overview o) {
        addClassName("card-grid");
        var f = o.total();
        add(staircaseCard(f), peopleCard(f), participationCard(f), bearerCard(f), questionCard(f), trainingCard(o),
                planCard(f));
    }

    private Div peopleCard(Figures f) {
        return card("overview.card.people", "overview.help.people",
                line("overview.figure.people", count(f.people())),
                line("overview.figure.in-depth", count(f.inDepth())),
                line("overview.figure.overall", count(f.overall())),
                line("overview.figure.leaders", count(f.leaders())));
    }

    private Div participationCard(Figures f) {
        return card("overview.card.participation", "overview.help.participation",
                line("overview.figure.participation", pct(f.participationShare())),
                line("overview.figure.in-depth-step1", pct(Figures.share(f.inDepthStep1(), f.inDepth()))),
                line("overview.figure.overall-step1", pct(Figures.share(f.overallStep1(), f.overall()))),
                line("overview.figure.leaders-step1", pct(Figures.share(f.leadersStep1(), f.leaders()))),
                line("overview.figure.in-depth-step2", pct(Figures.share(f.inDepthStep2(), f.inDepth()))),
                line("overview.figure.overall-step2", pct(Figures.share(f.overallStep2(), f.overall()))),
                line("overview.figure.leaders-step2", pct(Figures.share(f.leadersStep2(), f.leaders()))),
                line("overview.figure.recent", pct(f.recentShare())));
    }

    /**
     * The staircase step by step: the step reached (its own measure beside it) and the next step's distance, then
     * every step's measure, share by share, against its band, and whether it is met.
     */
    private Div staircaseCard(Figures f) {
        var position = f.position();
        var card = new Div();
        card.addClassNames("card", "overview-card", "overview-staircase-card");
        card.add(new H2(getTranslation("overview.card.staircase")), new StaircaseStep(position));
        // The card spans the card grid's whole row; its steps stand side by side where there is room (CSS).
        var measures = new Div();
        measures.addClassName("overview-stair-measures");
        card.add(measures);
        for (var measure : position.measures()) {
            var head = new Div(new Span(getTranslation("overview.stair.name." + measure.step().name())),
                    new Span(getTranslation("overview.stair.band." + measure.step().name())));
            head.addClassName("overview-stair-measure-head");
            var status = new Span(getTranslation(measure.met() ? "overview.stair.met" : "overview.stair.not-met"));
            status.addClassName(measure.met() ? "overview-stair-met" : "overview-stair-not-met");
            head.add(status);
            var block = new Div(head);
            block.addClassName("overview-stair-measure");
            block.addClassName("overview-stair-" + measure.step().name().toLowerCase(java.util.Locale.ROOT));
            for (var share : measure.shares()) {
                block.add(line("overview.stair.group." + share.group().name(),
                        pct(share.value()) + " (" + getTranslation("overview.of", count(share.part()),
                                count(share.whole())) + ")"));
            }
            measures.add(block);
        }
        card.add(help("overview.help.staircase"));
        return card;
    }

    private Div bearerCard(Figures f) {
        return card("overview.card.bearers", "overview.help.bearers",
                line("overview.figure.bearer-coverage", pct(f.bearerCoverage())),
                line("overview.figure.units-with-bearer", getTranslation("overview.of",
                        count(f.unitsWithBearer()), count(f.units()))),
                line("overview.figure.bearers", count(f.bearers())),
                line("overview.figure.people-per-bearer", decimal(f.peoplePerBearer())));
    }

    private Div questionCard(Figures f) {
        return card("overview.card.questions", "overview.help.questions",
                line("overview.figure.asked", count(f.asked())),
                line("overview.figure.answered", count(f.answered())),
                line("overview.figure.median-hours", decimal(f.medianHoursToFirstAnswer())),
                line("overview.figure.overdue", count(f.overdue())),
                line("overview.figure.escalated", count(f.escalated())));
    }

    private Div trainingCard(Overview o) {
        var t = o.training();
        long entries = t.logEntries().stream().mapToLong(Overview.LogMonth::entries).sum();
        return card("overview.card.training", "overview.help.training",
                line("overview.training.sessions-held", count(t.sessionsHeld())),
                line("overview.training.seats", getTranslation("overview.of", count(t.seatsFilled()),
                        count(t.capacity()))),
                line("overview.training.entries", count(entries)));
    }

    private Div planCard(Figures f) {
        return card("overview.card.plan", "overview.help.plan",
                line("overview.figure.plan", f.planTotal() == null ? getTranslation("overview.no-plan")
                        : getTranslation("overview.of", count(f.planDone()), count(f.planTotal()))));
    }
}
