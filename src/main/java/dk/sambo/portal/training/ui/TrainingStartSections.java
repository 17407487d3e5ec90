package dk.sambo.portal.training.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import dk.sambo.portal.home.StartCard;
import dk.sambo.portal.home.StartSection;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.training.domain.RecordItem;
import dk.sambo.portal.training.domain.Approvals;
import dk.sambo.portal.training.domain.TrainingCalendar;
import dk.sambo.portal.training.domain.TrainingLog;

/** The training calendar's sections on "Min side": next sessions, own record, the log, approvals waiting. */
@Configuration(proxyBeanMethods = false)
class TrainingStartSections {

    private static final int SHOWN = 3;

    @Bean
    StartSection myNextSessions(TrainingCalendar calendar, Clock clock) {
        return StartSection.of(Set.of(Role.STAFF), 30, () -> {
            var now = clock.instant();
            var next = calendar.mySessions().stream()
                    .filter(r -> r.start() != null && r.start().isAfter(now) && !r.cancelled()
                            && r.status() != null && r.status().active())
                    .sorted(java.util.Comparator.comparing(RecordItem::start)).toList();
            var card = StartCard.card("training-next", StartCard.t("training.start.next"));
            if (next.isEmpty()) {
                card.add(StartCard.text(StartCard.t("training.start.next.none")));
            }
            next.stream().limit(SHOWN).forEach(r -> card.add(line(
                    StartCard.link("kalender/aktivitet/" + r.id(), r.title()),
                    Formats.dateTime(r.start(), StartCard.locale()) + " · "
                            + StartCard.t("training.status." + r.status().name()))));
            card.add(StartCard.link("kalender", StartCard.t("training.start.to-calendar")));
            return card;
        });
    }

    @Bean
    StartSection myTrainingAtAGlance(TrainingLog log, Clock clock) {
        return StartSection.of(Set.of(Role.STAFF), 40, () -> {
            var today = LocalDate.now(clock);
            var record = log.myRecord().stream().filter(RecordItem::tookPart).toList();
            long last90 = record.stream().filter(r -> !r.day().isBefore(today.minusDays(90))
                    && !r.day().isAfter(today)).count();
            long thisYear = record.stream().filter(r -> r.day().getYear() == today.getYear()
                    && !r.day().isAfter(today)).count();
            var last = record.stream().map(RecordItem::day).filter(d -> !d.isAfter(today))
                    .max(java.util.Comparator.naturalOrder());
            var card = StartCard.card("training-record", StartCard.t("training.start.record"));
            card.add(StartCard.figures(StartCard.figure(last90, StartCard.t("training.start.record.90")),
                    StartCard.figure(thisYear, StartCard.t("training.start.record.year"))));
            card.add(StartCard.text(last.map(d -> StartCard.t("training.start.record.last", d.format(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(StartCard.locale()))))
                    .orElse(StartCard.t("training.start.record.never"))));
            card.add(StartCard.link("min-traening", StartCard.t("training.start.to-record")));
            return card;
        });
    }

    @Bean
    StartSection myTrainingLogThisMonth(TrainingLog log, CurrentPerson currentPerson, Clock clock) {
        return StartSection.of(Set.of(Role.CULTURE_BEARER), 40, () -> {
            var month = LocalDate.now(clock).withDayOfMonth(1);
            var me = currentPerson.requireId();
            var mine = log.forMyUnits(0, 200).stream()
                    .filter(e -> e.loggedById() == me && !e.day().isBefore(month)).toList();
            int people = mine.stream().mapToInt(e -> Math.max(e.headCount(), e.participants().size())).sum();
            int minutes = mine.stream().mapToInt(e -> e.minutes()).sum();
            var card = StartCard.card("training-log", StartCard.t("training.start.log"));
            card.add(StartCard.figures(StartCard.count(mine.size(), "training.start.log.entries"),
                    StartCard.count(people, "training.start.log.people"),
                    StartCard.count(minutes, "training.start.log.minutes")));
            var quick = StartCard.link("traeningslog", StartCard.t("training.start.log.quick"));
            quick.addClassName("start-card-action");
            card.add(quick);
            return card;
        });
    }

    @Bean
    StartSection approvalsWaiting(Approvals approvals) {
        return StartSection.of(Set.of(Role.LINE_MANAGER), 15, () -> {
            var pending = approvals.pendingApprovals();
            var card = StartCard.card("training-approvals", StartCard.t("training.start.approvals"));
            card.add(StartCard.figures(StartCard.figure(pending.size(),
                    StartCard.t("training.start.approvals.count"))));
            pending.stream().limit(SHOWN).forEach(p -> card.add(line(
                    StartCard.link("kalender/aktivitet/" + p.sessionId(), p.sessionTitle()),
                    p.person().name() + " · " + Formats.dateTime(p.start(), StartCard.locale()))));
            card.add(StartCard.link("kalender/godkendelser", StartCard.t("training.start.to-approvals")));
            return card;
        });
    }

    private static Component line(Component main, String detail) {
        var line = new Div(main, StartCard.text(detail));
        line.addClassName("start-card-line");
        return line;
    }
}
