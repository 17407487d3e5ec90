package dk.sambo.portal.training.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.shared.ui.Confirm;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.training.domain.CalendarFiles;
import dk.sambo.portal.training.domain.RecordItem;
import dk.sambo.portal.training.domain.TrainingLog;

/**
 * "Min træning": the person's training record (every session attended and every logged training they took part
 * in), their coming sign-ups, and the private calendar-subscription URL (with renew and revoke).
 */
@Route("min-traening")
@PermitAll
@Menu(order = 21, title = "training.nav.record", icon = "vaadin:academy-cap")
@StyleSheet("./assets/training.css")
class MyTrainingView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarFiles files;
    private final Div subscription = new Div();
    private final Map<String, TopicSummary> topicsByCode;

    MyTrainingView(TrainingLog log, CalendarFiles files, TopicService topics, Clock clock) {
        this.files = files;
        this.topicsByCode = topics.all().stream().collect(Collectors.toMap(TopicSummary::code, t -> t));
        addClassName("training-record-view");
        add(new H1(getTranslation("training.record.heading")));

        var record = log.myRecord();
        var now = clock.instant();
        var received = record.stream().filter(RecordItem::tookPart).toList();
        int sessions = (int) received.stream().filter(r -> r.kind() == RecordItem.Kind.SESSION).count();
        int logged = (int) received.stream().filter(r -> r.kind() == RecordItem.Kind.LOG).count();
        int minutes = received.stream().mapToInt(RecordItem::minutes).sum();
        var figures = new Div(figure(sessions, "training.record.sessions"), figure(logged, "training.record.logged"),
                figure(minutes / 60, "training.record.hours"));
        figures.addClassName("record-figures");
        add(figures);

        var upcoming = record.stream().filter(r -> r.kind() == RecordItem.Kind.SESSION && r.start() != null
                && r.start().isAfter(now) && r.status() != null && r.status().active() && !r.cancelled())
                // the record reads newest first; what lies ahead reads nearest first
                .sorted(Comparator.comparing(RecordItem::start)).toList();
        add(new H2(getTranslation("training.record.upcoming")));
        if (upcoming.isEmpty()) {
            add(new Paragraph(getTranslation("training.record.no-upcoming")));
        } else {
            var grid = grid(upcoming, true);
            grid.addClassName("upcoming");
            add(grid);
        }
        add(new H2(getTranslation("training.record.history")));
        if (received.isEmpty()) {
            add(new Paragraph(getTranslation("training.record.empty")));
        } else {
            var grid = grid(received, false);
            grid.addClassName("record");
            add(grid);
        }
        subscription.addClassName("card");
        subscription.addClassName("subscription");
        add(subscription);
        renderSubscription();
    }

    private Grid<RecordItem> grid(List<RecordItem> items, boolean upcoming) {
        var grid = new Grid<RecordItem>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> Formats.date(r.day(), getLocale())).setHeader(getTranslation("training.log.day"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("training.type." + r.type().name()))
                .setHeader(getTranslation("training.form.type")).setAutoWidth(true);
        grid.addComponentColumn(r -> r.kind() == RecordItem.Kind.SESSION
                ? new Anchor("kalender/aktivitet/" + r.id(), r.title())
                : new Span(describeLog(r))).setHeader(getTranslation("training.record.what")).setFlexGrow(4);
        grid.addColumn(RecordItem::minutes).setHeader(getTranslation("training.log.minutes")).setAutoWidth(true);
        grid.addColumn(r -> upcoming ? getTranslation("training.status." + r.status().name())
                : r.kind() == RecordItem.Kind.LOG ? getTranslation("training.record.logged-entry")
                        : getTranslation("training.attendance." + r.attendance().name()))
                .setHeader(getTranslation("training.participant.status")).setAutoWidth(true);
        grid.setItems(items);
        return grid;
    }

    private String describeLog(RecordItem r) {
        var topics = r.topicCodes().stream().map(topicsByCode::get).filter(java.util.Objects::nonNull)
                .map(t -> t.name(getLocale())).collect(Collectors.joining(", "));
        var by = r.loggedBy() == null ? "" : getTranslation("training.record.by", r.loggedBy());
        return topics.isEmpty() ? by : topics + (by.isEmpty() ? "" : " · " + by);
    }

    private Component figure(int value, String key) {
        var number = new Span(Integer.toString(value));
        number.addClassName("figure-value");
        var label = new Span(getTranslation(key, value));
        label.addClassName("figure-label");
        var figure = new Div(number, label);
        figure.addClassName("figure");
        return figure;
    }

    private void renderSubscription() {
        subscription.removeAll();
        subscription.add(new H2(getTranslation("training.ical.heading")),
                new Paragraph(getTranslation("training.ical.explain")));
        if (!files.hasSubscription()) {
            var create = new Button(getTranslation("training.ical.create"), e -> {
                files.mySubscriptionToken();
                renderSubscription();
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClassName("create-subscription");
            subscription.add(create);
            return;
        }
        var url = subscriptionUrl(files.mySubscriptionToken());
        var field = new TextField(getTranslation("training.ical.url"));
        field.setValue(url);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("subscription-url");
        field.addFocusListener(e -> field.getElement().executeJs("this.inputElement.select()"));
        // Vaadin 25.2 refuses any href whose scheme is not on its safe list (webcal is not), and the refusal is an
        // exception carrying the secret URL: the page then broke on every visit. The subscribe link is built here
        // from this server's own address and a token the portal made, so it is trusted on purpose.
        var open = new Anchor();
        open.setText(getTranslation("training.ical.open"));
        open.setUnsafeHref(url.replaceFirst("^https?://", "webcal://"));
        open.addClassName("open-subscription");
        var copy = new Button(getTranslation("training.ical.copy"), e -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", field.getValue());
            Feedback.success(getTranslation("training.ical.copied"));
        });
        copy.addClassName("copy-subscription");
        var renew = new Button(getTranslation("training.ical.renew"), e -> {
            files.renewMySubscription();
            renderSubscription();
        });
        var revoke = new Button(getTranslation("training.ical.revoke"), e -> {
            Confirm.askDestructive(this, getTranslation("training.ical.revoke"),
                    getTranslation("training.ical.revoke-confirm"), getTranslation("training.ical.revoke"), () -> {
                        files.revokeMySubscription();
                        renderSubscription();
                    });
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        renew.addClassName("renew-subscription");
        revoke.addClassName("revoke-subscription");
        subscription.add(field, new Paragraph(getTranslation("training.ical.secret")),
                new HorizontalLayout(copy, open, renew, revoke));
    }

    private static String subscriptionUrl(String token) {
        var request = VaadinServletRequest.getCurrent();
        var path = "/ical/" + token + ".ics";
        if (request == null) {
            return path;
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path(path).toUriString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.nav.record");
    }
}
