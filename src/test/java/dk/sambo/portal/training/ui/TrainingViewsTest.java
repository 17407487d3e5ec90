package dk.sambo.portal.training.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.security.ui.LoginView;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.training.domain.Attendance;
import dk.sambo.portal.training.domain.SignUps;
import dk.sambo.portal.training.domain.TrainingSessions;
import dk.sambo.portal.training.domain.AttendanceStatus;
import dk.sambo.portal.training.domain.Audience;
import dk.sambo.portal.training.domain.SessionData;
import dk.sambo.portal.training.domain.SessionInfo;
import dk.sambo.portal.training.domain.SessionScope;
import dk.sambo.portal.training.domain.SessionType;
import dk.sambo.portal.training.domain.TrainingCalendar;
import dk.sambo.portal.training.domain.TrainingLog;

import tools.jackson.databind.node.JsonNodeFactory;

/** The training screens as people use them, over the real services and demo data. */
class TrainingViewsTest extends KaribuTest {

    @Autowired
    TrainingCalendar calendar;

    @Autowired
    Attendance attendance;

    @Autowired
    SignUps signUps;

    @Autowired
    TrainingSessions trainingSessions;
    @Autowired
    TrainingLog log;
    @Autowired
    OrganisationService organisation;
    @Autowired
    CurrentPerson currentPerson;

    // --- access -----------------------------------------------------------------------------------------------

    @Test
    void anonymous_visitors_are_sent_to_the_login() {
        navigate("kalender");
        assertThat(_find(LoginView.class)).hasSize(1);
        navigate("min-traening");
        assertThat(_find(LoginView.class)).hasSize(1);
    }

    @Test
    void staff_see_calendar_and_record_but_not_the_log_the_approvals_or_the_form() {
        login("hjemmehjaelper");
        navigate("kalender");
        assertThat(_find(CalendarView.class)).hasSize(1);
        assertThat(_find(Button.class, s -> s.withClasses("new-session"))).isEmpty();
        navigate("min-traening");
        assertThat(_find(MyTrainingView.class)).hasSize(1);
        assertThatThrownBy(() -> navigate("traeningslog")).isInstanceOf(Error.class);
        assertThatThrownBy(() -> navigate("kalender/godkendelser")).isInstanceOf(Error.class);
        assertThatThrownBy(() -> navigate("kalender/rediger")).isInstanceOf(Error.class);
    }

    // --- create ----------------------------------------------------------------------------------------------

    @Test
    void the_implementing_level_creates_a_step2_session_through_the_form() {
        login("implementering");
        navigate("kalender");
        _click(_get(Button.class, s -> s.withClasses("new-session")));
        var form = _get(SessionFormView.class);
        assertThat(form.type.getListDataView().getItems()).contains(SessionType.CROSS_SECTOR_STEP2)
                .doesNotContain(SessionType.CROSS_SECTOR_STEP1);
        form.type.setValue(SessionType.CROSS_SECTOR_STEP2);
        form.scope.setValue(form.scope.getListDataView().getItems()
                .filter(o -> o.scope() == SessionScope.CLUSTER).findFirst().orElseThrow());
        form.title.setValue("Trin 2 fra formularen");
        form.place.setValue("Vejle Sygehus");
        var start = LocalDateTime.of(2026, 12, 8, 9, 0);
        form.start.setValue(start);
        form.end.setValue(start.plusHours(3));
        form.capacity.setValue(30);
        _click(form.save);
        var title = _get(SessionView.class).getChildren().filter(H1.class::isInstance).findFirst().orElseThrow();
        assertThat(((H1) title).getText()).isEqualTo("Trin 2 fra formularen");
    }

    @Test
    void the_form_shows_danish_messages_at_the_field_and_saves_nothing() {
        login("kulturbaerer");
        navigate("kalender/rediger");
        var form = _get(SessionFormView.class);
        assertThat(form.type.getListDataView().getItems()).containsOnly(SessionType.PRACTICE_TRAINING,
                SessionType.PEER_COACHING, SessionType.KNOWLEDGE_SHARING);
        form.title.setValue("Praksistræning på morgenmødet");
        form.place.setValue("Mødelokalet");
        form.end.setValue(form.start.getValue().minusMinutes(30));
        _click(form.save);
        assertThat(form.end.isInvalid()).isTrue();
        assertThat(form.end.getErrorMessage()).isEqualTo("Slut skal ligge efter start.");

        form.end.setValue(form.start.getValue().plusMinutes(30));
        form.description.setValue("Borgeren 240588-1234 er et godt eksempel");
        _click(form.save);
        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.description.getErrorMessage()).contains("CPR-nummer");

        form.description.clear();
        form.title.setValue("x".repeat(250));
        _click(form.save);
        assertThat(form.title.getErrorMessage()).isEqualTo("Teksten er for lang: højst 200 tegn (der er 250).");

        form.title.setValue("Gammel");
        form.start.setValue(LocalDateTime.of(2026, 11, 1, 9, 0));
        form.end.setValue(LocalDateTime.of(2026, 11, 1, 10, 0));
        _click(form.save);
        assertThat(form.start.getErrorMessage()).isEqualTo("Starttidspunktet ligger i fortiden.");
        assertThat(_find(SessionFormView.class)).hasSize(1);
    }

    @Test
    void the_form_marks_every_field_it_can_check_at_once_and_saves_nothing() {
        login("kulturbaerer");
        navigate("kalender/rediger");
        var form = _get(SessionFormView.class);
        form.title.setValue("Kort");
        form.title.clear();
        form.capacity.clear();
        form.audiences.clear();
        form.onlineLink.setValue("mødelokalet");
        _click(form.save);
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Skal udfyldes.");
        assertThat(form.capacity.isInvalid()).isTrue();
        assertThat(form.audiences.isInvalid()).isTrue();
        assertThat(form.audiences.getErrorMessage()).isEqualTo("Vælg mindst én målgruppe.");
        assertThat(form.onlineLink.isInvalid()).isTrue();
        assertThat(form.onlineLink.getErrorMessage()).isEqualTo("Linket skal begynde med https://");
        assertThat(_find(SessionFormView.class)).hasSize(1);
    }

    // --- sign-up, waitlist, approval -------------------------------------------------------------------------

    @Test
    void signing_up_joining_the_waitlist_and_being_promoted_when_a_seat_frees() {
        var session = session("implementering", 1, false);
        login("sygehus");
        navigate("kalender/aktivitet/" + session.id());
        _click(_get(Button.class, s -> s.withClasses("sign-up")));
        assertThat(_get(Div.class, s -> s.withClasses("my-status")).getText()).isEqualTo("Du er tilmeldt.");

        login("sygeplejerske");
        navigate("kalender/aktivitet/" + session.id());
        assertThat(_get(Button.class, s -> s.withClasses("sign-up")).getText())
                .isEqualTo("Skriv mig på venteliste");
        _click(_get(Button.class, s -> s.withClasses("sign-up")));
        assertThat(_get(Div.class, s -> s.withClasses("my-status")).getText()).startsWith("Du er nr. 1 på ventelisten");

        login("sygehus");
        navigate("kalender/aktivitet/" + session.id());
        _click(_get(Button.class, s -> s.withClasses("cancel-sign-up")));

        login("sygeplejerske");
        navigate("kalender/aktivitet/" + session.id());
        assertThat(_get(Div.class, s -> s.withClasses("my-status")).getText()).isEqualTo("Du er tilmeldt.");
    }

    @Test
    void the_participants_own_line_manager_approves_on_the_approvals_page() {
        var session = session("implementering", 5, true);
        login("sygeplejerske");
        navigate("kalender/aktivitet/" + session.id());
        _click(_get(Button.class, s -> s.withClasses("sign-up")));
        assertThat(_get(Div.class, s -> s.withClasses("my-status")).getText())
                .isEqualTo("Din tilmelding afventer din leders godkendelse.");
        login("hjemmehjaelper");
        signUps.signUp(session.id());

        login("leder");
        navigate("kalender/godkendelser");
        @SuppressWarnings("unchecked")
        Grid<dk.sambo.portal.training.domain.PendingApproval> grid = _get(Grid.class, s -> s.withClasses("approvals"));
        int row = -1;
        for (int i = 0; i < _size(grid); i++) {
            var item = com.github.mvysny.kaributesting.v10.GridKt._get(grid, i);
            assertThat(item.person().name()).as("only the leader's own people").isNotEqualTo("Jonas Lund");
            if (item.sessionId() == session.id()) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        var actions = (HorizontalLayout) _getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, s -> s.withClasses("approve")));

        login("sygeplejerske");
        navigate("kalender/aktivitet/" + session.id());
        assertThat(_get(Div.class, s -> s.withClasses("my-status")).getText()).isEqualTo("Du er tilmeldt.");
    }

    @Test
    void signing_up_for_an_overlapping_session_asks_first() {
        var first = session("implementering", 5, false);
        login("implementering");
        var data = calendar.session(first.id()).orElseThrow().toData();
        var second = trainingSessions.create(new SessionData(data.type(), "Samtidig " + System.nanoTime(), null,
                data.start().plus(Duration.ofMinutes(30)), data.end().plus(Duration.ofMinutes(30)), "Vejle", null,
                data.scope(), data.scopeId(), data.audiences(), 5, null, false, java.util.List.of()));
        login("sygeplejerske");
        signUps.signUp(first.id());
        navigate("kalender/aktivitet/" + second.id());
        _click(_get(Button.class, s -> s.withClasses("sign-up")));
        var dialog = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(dialog)).contains(first.title());
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);
        assertThat(_get(Div.class, s -> s.withClasses("my-status")).getText()).isEqualTo("Du er tilmeldt.");
    }

    // --- attendance ------------------------------------------------------------------------------------------

    @Test
    void the_organiser_marks_everyone_attended_in_one_click() {
        var session = session("implementering", 5, false);
        login("sygeplejerske");
        signUps.signUp(session.id());
        login("sygehus");
        signUps.signUp(session.id());
        clock.set(session.start().plus(Duration.ofMinutes(10)));

        login("sygehus");
        navigate("kalender/aktivitet/" + session.id());
        assertThat(_find(Button.class, s -> s.withClasses("all-attended"))).as("not for participants").isEmpty();

        login("implementering");
        navigate("kalender/aktivitet/" + session.id());
        _click(_get(Button.class, s -> s.withClasses("all-attended")));
        assertThat(attendance.participants(session.id())).extracting(p -> p.attendance())
                .containsOnly(AttendanceStatus.ATTENDED);
    }

    // --- training log and record -----------------------------------------------------------------------------

    @Test
    void a_culture_bearer_logs_training_with_the_defaults_filled_in_and_it_shows_in_the_record() {
        login("kulturbaerer");
        navigate("traeningslog");
        var view = _get(TrainingLogView.class);
        assertThat(view.day.getValue()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(view.type.getValue()).isEqualTo(SessionType.PRACTICE_TRAINING);
        assertThat(view.minutes.getValue()).isEqualTo(15);
        assertThat(view.unit.getValue().name()).isEqualTo("Sygeplejen Kolding");
        long before = log.countForMyUnits();

        _click(view.save);
        assertThat(view.headCount.isInvalid()).isTrue();
        assertThat(view.headCount.getErrorMessage()).isEqualTo("Vælg deltagerne eller angiv et antal.");

        var nurse = view.participants.getListDataView().getItems().filter(p -> p.name().equals("Mette Sørensen"))
                .findFirst().orElseThrow();
        view.participants.setValue(Set.of(nurse));
        view.note.setValue("Plejeforløbsplanen på morgenmødet");
        _click(view.save);
        assertThat(log.countForMyUnits()).isEqualTo(before + 1);
        assertThat(view.participants.getValue()).as("ready for the next entry").isEmpty();
        assertThat(view.type.getValue()).isEqualTo(SessionType.PRACTICE_TRAINING);

        login("sygeplejerske");
        navigate("min-traening");
        @SuppressWarnings("unchecked")
        Grid<dk.sambo.portal.training.domain.RecordItem> record = _get(Grid.class, s -> s.withClasses("record"));
        var rows = new java.util.ArrayList<dk.sambo.portal.training.domain.RecordItem>();
        for (int i = 0; i < _size(record); i++) {
            rows.add(com.github.mvysny.kaributesting.v10.GridKt._get(record, i));
        }
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(dk.sambo.portal.training.domain.RecordItem.Kind.LOG);
            assertThat(r.day()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(r.loggedBy()).isEqualTo("Hanne Kjær");
        });
    }

    @Test
    void the_record_shows_attended_sessions_and_coming_sign_ups() {
        var session = session("implementering", 5, false);
        login("sygehus");
        signUps.signUp(session.id());
        navigate("min-traening");
        @SuppressWarnings("unchecked")
        Grid<dk.sambo.portal.training.domain.RecordItem> upcoming = _get(Grid.class, s -> s.withClasses("upcoming"));
        boolean listed = false;
        for (int i = 0; i < _size(upcoming); i++) {
            listed |= com.github.mvysny.kaributesting.v10.GridKt._get(upcoming, i).id() == session.id();
        }
        assertThat(listed).isTrue();
        clock.set(session.end());
        login("implementering");
        long sygehus = personId("sygehus");
        attendance.markAttendance(session.id(), sygehus, AttendanceStatus.ATTENDED);
        login("sygehus");
        assertThat(log.myRecord()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(session.id());
            assertThat(r.tookPart()).isTrue();
        });
    }

    // --- the calendar component ------------------------------------------------------------------------------

    @Test
    void the_calendar_loads_only_the_visible_range_and_a_click_opens_the_session() {
        var session = session("implementering", 5, false);
        login("sygeplejerske");
        navigate("kalender");
        var view = _get(CalendarView.class);
        assertThat(view.shown()).as("nothing before the browser says what it shows").isEmpty();
        var range = JsonNodeFactory.instance.objectNode().put("event.detail.start", "2026-11-23T00:00:00+01:00")
                .put("event.detail.end", "2026-11-30T00:00:00+01:00").put("event.detail.view", "timeGridWeek");
        _fireDomEvent(view.fullCalendar(), "fc-dates-set", range);
        assertThat(view.shown()).anySatisfy(e -> assertThat(e.id()).isEqualTo(session.id()));
        assertThat(view.shown()).allSatisfy(e -> {
            assertThat(e.end()).isAfter(LocalDate.of(2026, 11, 23).atStartOfDay(Formats.zone()).toInstant());
            assertThat(e.start()).isBefore(LocalDate.of(2026, 11, 30).atStartOfDay(Formats.zone()).toInstant());
        });
        var events = view.fullCalendar().getElement().getPropertyRaw("events").toString();
        assertThat(events).contains("\"id\":\"" + session.id() + "\"").contains(SessionType.CROSS_SECTOR_STEP2.colour())
                .doesNotContain("null");

        var nextMonth = JsonNodeFactory.instance.objectNode().put("event.detail.start", "2027-03-01T00:00:00+01:00")
                .put("event.detail.end", "2027-04-05T00:00:00+02:00").put("event.detail.view", "dayGridMonth");
        _fireDomEvent(view.fullCalendar(), "fc-dates-set", nextMonth);
        assertThat(view.shown()).noneMatch(e -> e.id() == session.id());

        _fireDomEvent(view.fullCalendar(), "fc-event-click",
                JsonNodeFactory.instance.objectNode().put("event.detail.id", Long.toString(session.id())));
        assertThat(_find(SessionView.class)).hasSize(1);
        assertThat(((MockedUI) UI.getCurrent()).getInternals().getActiveViewLocation().getPath())
                .isEqualTo("kalender/aktivitet/" + session.id());
    }

    @Test
    void the_calendar_follows_the_ui_language() {
        login("sygeplejerske");
        navigate("kalender");
        assertThat(_get(CalendarView.class).fullCalendar().getElement().getProperty("locale")).isEqualTo("da");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("");
        navigate("kalender");
        assertThat(_get(CalendarView.class).fullCalendar().getElement().getProperty("locale")).isEqualTo("en");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final java.util.concurrent.atomic.AtomicInteger SLOT = new java.util.concurrent.atomic.AtomicInteger();

    private SessionInfo session(String organiser, int capacity, boolean approval) {
        login(organiser);
        long cluster = organisation.clusters().stream().filter(c -> "LILLEBAELT".equals(c.code())).findFirst()
                .orElseThrow().id();
        // Each test session at its own time, so only the overlap test meets the overlap warning.
        var start = clock.instant().plus(Duration.ofDays(4)).plus(Duration.ofHours(3L * SLOT.getAndIncrement()));
        return trainingSessions.create(new SessionData(SessionType.CROSS_SECTOR_STEP2, "Kursus " + System.nanoTime(),
                null, start, start.plus(Duration.ofHours(2)), "Kolding", null, SessionScope.CLUSTER, cluster,
                Set.of(Audience.STAFF_IN_DEPTH), capacity, null, approval, java.util.List.of()));
    }

    private long personId(String username) {
        var current = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        login(username);
        long id = currentPerson.requireId();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(current);
        return id;
    }

}
