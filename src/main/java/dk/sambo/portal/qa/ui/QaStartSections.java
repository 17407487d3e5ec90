package dk.sambo.portal.qa.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import dk.sambo.portal.home.StartCard;
import dk.sambo.portal.home.StartSection;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.service.FollowUp;
import dk.sambo.portal.qa.service.GeneralQuestions;
import dk.sambo.portal.qa.service.GuidanceService;
import dk.sambo.portal.qa.service.QuestionLists;
import dk.sambo.portal.qa.service.QuestionRow;
import dk.sambo.portal.qa.service.UnitQuestions;
import dk.sambo.portal.shared.ui.Formats;

/**
 * Doubt questions on "Min side": my questions and answers waiting for my acceptance (staff), my queue (culture
 * bearers), open questions from my units (line managers), general questions and guidance due for review
 * (strategic level), overdue questions (implementing). Every card updates itself while the start page is open
 * ({@link QaLiveUpdate}): a new question, answer or acceptance changes its counts and lines by push.
 */
@Configuration(proxyBeanMethods = false)
class QaStartSections {

    private static final int SHOWN = 3;
    /** A line manager's units may have several open at once; the list is the whole point of the card. */
    private static final int SHOWN_FROM_UNITS = 5;

    @Bean
    StartSection myQuestions(QuestionLists questions, QaLiveUpdate live) {
        return live(live, Set.of(Role.STAFF), 20, () -> {
            var mine = questions.mine(0, 20);
            long waiting = mine.stream().filter(q -> q.status() == QuestionStatus.ANSWERED).count();
            var card = StartCard.card("qa-mine", StartCard.t("qa.start.mine"));
            card.add(StartCard.figures(StartCard.figure(questions.countMine(), StartCard.t("qa.start.mine.count")),
                    StartCard.count(waiting, "qa.start.mine.waiting")));
            if (waiting > 0) {
                card.add(StartCard.text(StartCard.t("qa.start.mine.waiting-explain")));
            }
            // Answers waiting for acceptance first: they need the asker's action.
            var shown = mine.stream().sorted(java.util.Comparator.comparing(
                    (QuestionRow q) -> q.status() != QuestionStatus.ANSWERED)).limit(SHOWN).toList();
            shown.forEach(q -> card.add(line(q, StartCard.t("qa.status." + q.status().name()))));
            card.add(StartCard.link(QaUi.QUESTION_ROUTE + "/nyt", StartCard.t("qa.start.ask")),
                    StartCard.link("mine-spoergsmaal", StartCard.t("qa.start.mine.all")));
            return card;
        });
    }

    @Bean
    StartSection myQueue(QuestionLists questions, QaLiveUpdate live) {
        return live(live, Set.of(Role.CULTURE_BEARER), 5, () -> {
            var card = StartCard.card("qa-queue", StartCard.t("qa.start.queue"));
            card.add(StartCard.figures(
                    StartCard.count(questions.countQueue(QuestionStatus.OPEN), "qa.start.queue.open"),
                    StartCard.figure(questions.countQueueOverdue(), StartCard.t("qa.start.queue.overdue"))));
            questions.queue(QuestionStatus.OPEN, 0, SHOWN).forEach(q -> card.add(line(q, q.overdue()
                    ? StartCard.t("qa.start.overdue") : StartCard.t("qa.status." + q.status().name()))));
            card.add(StartCard.link("til-besvarelse", StartCard.t("qa.start.queue.all")));
            return card;
        });
    }

    @Bean
    StartSection openQuestionsFromMyUnits(UnitQuestions unitQuestions, QaLiveUpdate live) {
        return live(live, Set.of(Role.LINE_MANAGER), 20, () -> {
            var counts = unitQuestions.counts();
            var card = StartCard.card("qa-units", StartCard.t("qa.start.units"));
            card.add(StartCard.figures(StartCard.count(counts.open(), "qa.start.units.open"),
                    StartCard.figure(counts.overdue(), StartCard.t("qa.start.overdue"))));
            if (counts.open() == 0) {
                card.add(StartCard.text(StartCard.t("qa.start.units.none")));
                return card;
            }
            for (var q : unitQuestions.open(0, SHOWN_FROM_UNITS)) {
                var detail = StartCard.t("qa.start.units.detail", StartCard.t("qa.status." + q.status().name()),
                        q.unitName() == null ? "–" : q.unitName(),
                        Formats.date(q.askedAt().atZone(Formats.zone()).toLocalDate(), StartCard.locale()));
                var line = line(q, detail);
                if (q.overdue()) {
                    line.addComponentAtIndex(1, StartCard.badge(StartCard.t("qa.start.overdue"), "gap"));
                }
                card.add(line);
            }
            if (counts.open() > SHOWN_FROM_UNITS) {
                card.add(StartCard.text(StartCard.t("qa.start.units.more", counts.open() - SHOWN_FROM_UNITS)));
            }
            return card;
        });
    }

    @Bean
    StartSection generalQuestionsAwaitingDecision(GeneralQuestions general, QaLiveUpdate live) {
        return live(live, Set.of(Role.STRATEGIC), 20, () -> rows("qa-general",
                StartCard.t("qa.start.general"), general.count(null, true), StartCard.t("qa.start.general.count"),
                general.list(null, true, 0, SHOWN), "klynge/opfoelgning", StartCard.t("qa.start.general.all")));
    }

    @Bean
    StartSection guidanceDueForReview(GuidanceService guidance, QaLiveUpdate live) {
        return live(live, Set.of(Role.STRATEGIC), 25, () -> {
            var card = StartCard.card("qa-guidance", StartCard.t("qa.start.guidance"));
            card.add(StartCard.figures(StartCard.figure(guidance.count(null, true),
                    StartCard.t("qa.start.guidance.count"))));
            card.add(StartCard.link("vejledninger", StartCard.t("qa.start.guidance.all")));
            return card;
        });
    }

    @Bean
    StartSection overdueInTheCluster(FollowUp followUp, QaLiveUpdate live) {
        return live(live, Set.of(Role.IMPLEMENTING), 10, () -> rows("qa-overdue",
                StartCard.t("qa.start.follow-up"), followUp.countOverdue(null), StartCard.t("qa.start.overdue"),
                followUp.overdue(null, 0, SHOWN), "klynge/opfoelgning", StartCard.t("qa.start.follow-up.all")));
    }

    /** A section whose card is shown again, with fresh counts, after every change of a question. */
    private static StartSection live(QaLiveUpdate live, Set<Role> roles, int order, Supplier<Component> card) {
        return StartSection.of(roles, order, () -> {
            var holder = new Div(card.get());
            // A plain wrapper: the start page's grid lays out the card inside as before.
            holder.getStyle().set("display", "contents");
            holder.addClassName("qa-live-card");
            live.keepCurrent(holder, () -> {
                holder.removeAll();
                holder.add(card.get());
            });
            return holder;
        });
    }

    private static Component rows(String kind, String heading, long count, String countLabel,
            List<QuestionRow> rows, String allPath, String allLabel) {
        var card = StartCard.card(kind, heading);
        card.add(StartCard.figures(StartCard.figure(count, countLabel)));
        rows.forEach(q -> card.add(line(q, (q.unitName() == null ? "" : q.unitName() + " · ")
                + (q.organisationName() == null ? "" : q.organisationName()))));
        card.add(StartCard.link(allPath, allLabel));
        return card;
    }

    private static Div line(QuestionRow q, String detail) {
        var line = new Div(StartCard.link(QaUi.QUESTION_ROUTE + "/" + q.id(), q.title()), StartCard.text(detail));
        line.addClassName("start-card-line");
        return line;
    }
}
