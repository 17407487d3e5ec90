package dk.sambo.portal.training.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.shared.i18n.PortalI18NProvider;
import dk.sambo.portal.training.domain.Audience;
import dk.sambo.portal.training.domain.RecordItem;
import dk.sambo.portal.training.domain.SessionData;
import dk.sambo.portal.training.domain.SessionInfo;
import dk.sambo.portal.training.domain.SessionScope;
import dk.sambo.portal.training.domain.SessionType;
import dk.sambo.portal.training.domain.SignUps;
import dk.sambo.portal.training.domain.TrainingSessions;

/** The small things people misread in the training screens (issue 14): order, times, seats, Slut after Start. */
class TrainingReadingTest extends KaribuTest {

    @Autowired
    TrainingSessions trainingSessions;
    @Autowired
    SignUps signUps;
    @Autowired
    OrganisationService organisation;
    @Autowired
    PortalI18NProvider i18n;

    @Test
    void coming_sign_ups_list_the_nearest_date_first() {
        var later = session(Duration.ofDays(20));
        var sooner = session(Duration.ofDays(6));
        login("sygehus");
        signUps.signUp(later.id());
        signUps.signUp(sooner.id());
        navigate("min-traening");
        @SuppressWarnings("unchecked")
        Grid<RecordItem> upcoming = _get(Grid.class, s -> s.withClasses("upcoming"));
        var starts = new ArrayList<Instant>();
        for (int i = 0; i < _size(upcoming); i++) {
            starts.add(GridKt._get(upcoming, i).start());
        }
        assertThat(starts).hasSizeGreaterThanOrEqualTo(2).isSorted();
        assertThat(starts.indexOf(sooner.start())).isLessThan(starts.indexOf(later.start()));
    }

    @Test
    void a_time_range_uses_one_time_format_in_each_language() {
        var start = LocalDateTime.of(2026, 12, 8, 13, 0).atZone(dk.sambo.portal.shared.ui.Formats.zone()).toInstant();
        var end = start.plus(Duration.ofMinutes(90));
        var danish = TrainingFormats.range(start, end, PortalI18NProvider.DANISH);
        assertThat(danish).endsWith("13.00 – 14.30").doesNotContain(":");
        var english = TrainingFormats.range(start, end, Locale.ENGLISH);
        assertThat(english).endsWith("1:00\u202fPM – 2:30\u202fPM");
    }

    @Test
    void a_held_session_no_longer_says_how_many_seats_are_free() {
        var session = session(Duration.ofDays(3));
        login("sygehus");
        signUps.signUp(session.id());
        navigate("kalender/aktivitet/" + session.id());
        assertThat(_find(Div.class, s -> s.withClasses("seats-left"))).hasSize(1);

        clock.set(session.end().plus(Duration.ofHours(1)));
        navigate("kalender/aktivitet/" + session.id());
        assertThat(_find(Div.class, s -> s.withClasses("seats-left"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withClasses("held-summary")).getText())
                .isEqualTo("Afholdt: 0 af 1 tilmeldte deltog.");
    }

    @Test
    void moving_start_moves_a_default_end_but_leaves_an_end_the_person_chose() {
        login("kulturbaerer");
        navigate("kalender/rediger");
        var form = _get(SessionFormView.class);
        var start = form.start.getValue();
        var length = Duration.between(start, form.end.getValue());
        _setValue(form.start, start.plusHours(1));
        assertThat(form.end.getValue()).as("the default end keeps the length").isEqualTo(start.plusHours(1).plus(length));

        var chosen = start.plusHours(4);
        _setValue(form.end, chosen);
        _setValue(form.start, start.plusHours(2));
        assertThat(form.end.getValue()).as("the person's own end stays").isEqualTo(chosen);
        assertThat(form.end.isInvalid()).isFalse();

        _setValue(form.start, start.plusHours(5));
        assertThat(form.end.getValue()).isEqualTo(chosen);
        assertThat(form.end.isInvalid()).as("told at once that Slut now lies before Start").isTrue();
        assertThat(form.end.getErrorMessage()).isEqualTo("Slut skal ligge efter start.");
    }

    @Test
    void counts_read_right_for_one_and_for_many_in_both_languages() {
        assertThat(i18n.text(PortalI18NProvider.DANISH, "training.start.log.entries", 1)).isEqualTo("registrering");
        assertThat(i18n.text(PortalI18NProvider.DANISH, "training.start.log.entries", 2)).isEqualTo("registreringer");
        assertThat(i18n.text(Locale.ENGLISH, "training.start.log.entries", 1)).isEqualTo("entry");
        assertThat(i18n.text(Locale.ENGLISH, "training.start.log.entries", 0)).isEqualTo("entries");
        assertThat(i18n.text(PortalI18NProvider.DANISH, "training.session.seats-left", 0, 1))
                .isEqualTo("0 af 1 plads ledige");
        assertThat(i18n.text(PortalI18NProvider.DANISH, "training.session.waitlist-count", 1))
                .isEqualTo("1 person på venteliste");
        assertThat(i18n.text(Locale.ENGLISH, "training.session.waitlist-count", 3)).isEqualTo("3 people on the waitlist");
        assertThat(i18n.text(PortalI18NProvider.DANISH, "qa.queue.summary", 1, 0))
                .isEqualTo("1 ubesvaret spørgsmål, ingen over svarfristen.");
        assertThat(i18n.text(Locale.ENGLISH, "qa.queue.summary", 47, 2))
                .isEqualTo("47 unanswered questions, 2 past the response time.");
        assertThat(i18n.text(PortalI18NProvider.DANISH, "qa.list.count", 1234)).isEqualTo("1234 spørgsmål");
    }

    /**
     * A value as if the person typed it (a change "from the client"). Karibu's own {@code _setValue} calls a
     * Vaadin 24 signature that Vaadin 25 no longer has, so this calls the field's {@code setModelValue} itself.
     */
    private static <V> void _setValue(com.vaadin.flow.component.AbstractField<?, V> field, V value) {
        try {
            var setModelValue = com.vaadin.flow.component.AbstractField.class.getDeclaredMethod("setModelValue",
                    Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger SLOT = new java.util.concurrent.atomic.AtomicInteger();

    private SessionInfo session(Duration ahead) {
        login("implementering");
        long cluster = organisation.clusters().stream().filter(c -> "LILLEBAELT".equals(c.code())).findFirst()
                .orElseThrow().id();
        var start = clock.instant().plus(ahead).plus(Duration.ofHours(3L * SLOT.getAndIncrement()));
        return trainingSessions.create(new SessionData(SessionType.CROSS_SECTOR_STEP2, "Kursus " + System.nanoTime(),
                null, start, start.plus(Duration.ofHours(2)), "Kolding", null, SessionScope.CLUSTER, cluster,
                Set.of(Audience.STAFF_IN_DEPTH), 5, null, false, List.of()));
    }
}
