package dk.sambo.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.notification.Notifications;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataException;
import dk.sambo.portal.training.AttendanceRecorded;
import dk.sambo.portal.training.SessionChanged;

/** The calendar's rules at service level: who may do what, validation, waitlist, approval, and the events. */
@PortalTest
@RecordApplicationEvents
class TrainingCalendarTest {

    @Autowired
    TrainingCalendar calendar;

    @Autowired
    Approvals approvals;

    @Autowired
    Attendance attendance;

    @Autowired
    TrainingImports imports;

    @Autowired
    SignUps signUps;

    @Autowired
    TrainingSessions trainingSessions;
    @Autowired
    OrganisationService organisation;
    @Autowired
    Notifications notifications;
    @Autowired
    CurrentPerson currentPerson;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
        clock.reset();
    }

    private long as(String username) {
        AuthenticatedAs.login(users, username);
        return currentPerson.requireId();
    }

    private SessionInfo step2(int capacity, boolean approval) {
        as("implementering");
        return trainingSessions.create(TrainingFixtures.step2(TrainingFixtures.lillebaelt(organisation), clock.instant(),
                capacity, approval));
    }

    @Test
    void cluster_implementing_level_creates_step2_and_the_event_says_so() {
        var session = step2(20, false);
        assertThat(session.mayManage()).isTrue();
        assertThat(events.stream(SessionChanged.class).filter(e -> e.sessionId() == session.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.sessionType()).isEqualTo("CROSS_SECTOR_STEP2");
                    assertThat(e.clusterId()).isEqualTo(TrainingFixtures.lillebaelt(organisation));
                    assertThat(e.capacity()).isEqualTo(20);
                    assertThat(e.approvedCount()).isZero();
                    assertThat(e.cancelled()).isFalse();
                });
    }

    @Test
    void who_may_create_which_session_type() {
        as("kulturbaerer");
        long cluster = TrainingFixtures.lillebaelt(organisation);
        long unit = organisation.myProfile().person().unitId();
        var practice = TrainingFixtures.practice(unit, clock.instant());
        assertThat(trainingSessions.create(practice).type()).isEqualTo(SessionType.PRACTICE_TRAINING);
        // A culture bearer cannot create cross-sector teaching for the cluster.
        assertThatThrownBy(() -> trainingSessions.create(TrainingFixtures.step2(cluster, clock.instant(), 10, false)))
                .isInstanceOf(AccessDeniedException.class);
        // The cluster's implementing level cannot create step 1: that is Revisionsgruppen's (region level).
        as("implementering");
        var step1 = new SessionData(SessionType.CROSS_SECTOR_STEP1, practice.title(), null, practice.start(),
                practice.end(), "Sted", null, SessionScope.CLUSTER, cluster, practice.audiences(), 50, null, false,
                List.of());
        assertThatThrownBy(() -> trainingSessions.create(step1)).isInstanceOf(AccessDeniedException.class);
        as("region");
        assertThat(trainingSessions.create(step1).type()).isEqualTo(SessionType.CROSS_SECTOR_STEP1);
        // Plain staff create nothing; a culture bearer of another cluster not for this unit.
        as("sygeplejerske");
        assertThatThrownBy(() -> trainingSessions.create(practice)).isInstanceOf(AccessDeniedException.class);
        as("kulturbaerer2");
        assertThatThrownBy(() -> trainingSessions.create(practice)).isInstanceOf(AccessDeniedException.class);
        // A line manager may create a leader session for their unit; a culture bearer may not.
        var leaderSession = new SessionData(SessionType.LEADER_SESSION, "Ledersparring", null, practice.start(),
                practice.end(), "Sted", null, SessionScope.UNIT, unit, practice.audiences(), 5, null, false,
                List.of());
        as("kulturbaerer");
        assertThatThrownBy(() -> trainingSessions.create(leaderSession)).isInstanceOf(AccessDeniedException.class);
        as("leder");
        assertThat(trainingSessions.create(leaderSession).type()).isEqualTo(SessionType.LEADER_SESSION);
    }

    @Test
    void bad_input_is_refused_with_a_reason_and_nothing_is_saved() {
        as("implementering");
        long cluster = TrainingFixtures.lillebaelt(organisation);
        var good = TrainingFixtures.step2(cluster, clock.instant(), 10, false);
        long before = imports.sessionCount();
        assertThatThrownBy(() -> trainingSessions.create(with(good, good.start(), good.start().minusSeconds(60))))
                .isInstanceOf(RuleViolation.class).extracting(TrainingCalendarTest::key)
                .isEqualTo("training.error.end-before-start");
        var yesterday = clock.instant().minus(Duration.ofDays(1));
        assertThatThrownBy(() -> trainingSessions.create(with(good, yesterday, yesterday.plusSeconds(3600))))
                .extracting(TrainingCalendarTest::key).isEqualTo("training.error.in-the-past");
        var longTitle = new SessionData(good.type(), "x".repeat(201), null, good.start(), good.end(), good.place(),
                null, good.scope(), good.scopeId(), good.audiences(), 10, null, false, List.of());
        assertThatThrownBy(() -> trainingSessions.create(longTitle)).extracting(TrainingCalendarTest::key, TrainingCalendarTest::field)
                .containsExactly("training.error.too-long", "title");
        var cpr = new SessionData(good.type(), good.title(), "Borger 010203-1234 skal med", good.start(), good.end(),
                good.place(), null, good.scope(), good.scopeId(), good.audiences(), 10, null, false, List.of());
        assertThatThrownBy(() -> trainingSessions.create(cpr)).isInstanceOf(PatientDataException.class);
        assertThat(imports.sessionCount()).isEqualTo(before);
    }

    @Test
    void a_session_with_several_problems_is_refused_with_all_of_them_at_once() {
        as("implementering");
        long cluster = TrainingFixtures.lillebaelt(organisation);
        var good = TrainingFixtures.step2(cluster, clock.instant(), 10, false);
        long before = imports.sessionCount();
        var bad = new SessionData(good.type(), " ", null, good.start(), good.start().minusSeconds(60), null, null,
                good.scope(), good.scopeId(), java.util.Set.of(), 0, null, false, List.of());
        assertThatThrownBy(() -> trainingSessions.create(bad)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.problems()).extracting(RuleViolation.Problem::field, RuleViolation.Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "training.error.required"),
                                org.assertj.core.groups.Tuple.tuple("end", "training.error.end-before-start"),
                                org.assertj.core.groups.Tuple.tuple("place", "training.error.place-required"),
                                org.assertj.core.groups.Tuple.tuple("audiences", "training.error.audience-required"),
                                org.assertj.core.groups.Tuple.tuple("capacity", "training.error.capacity-range")));
        assertThat(imports.sessionCount()).isEqualTo(before);
    }

    @Test
    void capacity_cannot_go_below_the_seats_already_given() {
        var session = step2(3, false);
        as("sygeplejerske");
        signUps.signUp(session.id());
        as("sygehus");
        signUps.signUp(session.id());
        as("implementering");
        var fresh = calendar.session(session.id()).orElseThrow();
        var data = fresh.toData();
        var smaller = new SessionData(data.type(), data.title(), data.description(), data.start(), data.end(),
                data.place(), data.onlineLink(), data.scope(), data.scopeId(), data.audiences(), 1,
                data.signupDeadline(), data.approvalRequired(), data.organiserIds());
        assertThatThrownBy(() -> trainingSessions.update(session.id(), fresh.version(), smaller))
                .isInstanceOf(RuleViolation.class).extracting(TrainingCalendarTest::key, TrainingCalendarTest::params)
                .containsExactly("training.error.capacity-below-approved", new Object[] {2});
    }

    @Test
    void a_full_session_waitlists_and_a_freed_seat_promotes_the_first_in_line_who_is_told() {
        var session = step2(1, false);
        as("sygehus");
        assertThat(signUps.signUp(session.id()).status()).isEqualTo(RegistrationStatus.APPROVED);
        as("sygeplejerske");
        var waiting = signUps.signUp(session.id());
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(waiting.waitlistPosition()).isEqualTo(1);
        as("hjemmehjaelper");
        assertThat(signUps.signUp(session.id()).waitlistPosition()).isEqualTo(2);
        as("sygeplejerske");
        long unreadBefore = notifications.myUnreadCount();

        as("sygehus");
        signUps.cancelSignUp(session.id());

        as("sygeplejerske");
        assertThat(signUps.myRegistration(session.id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.APPROVED);
        assertThat(notifications.myUnreadCount()).isEqualTo(unreadBefore + 1);
        assertThat(latestAbout(session.id()).getMessageKey()).isEqualTo("training.notify.promoted");
        as("hjemmehjaelper");
        assertThat(signUps.myRegistration(session.id()).orElseThrow().waitlistPosition()).isEqualTo(1);
        assertThat(events.stream(SessionChanged.class).filter(e -> e.sessionId() == session.id())
                .mapToInt(SessionChanged::approvedCount)).containsExactly(0, 1, 1);
    }

    @Test
    void only_the_participants_own_line_manager_approves_and_the_participant_is_told() {
        var session = step2(10, true);
        as("sygeplejerske");
        assertThat(signUps.signUp(session.id()).status()).isEqualTo(RegistrationStatus.PENDING);
        as("hjemmehjaelper");
        assertThat(signUps.signUp(session.id()).status()).isEqualTo(RegistrationStatus.PENDING);

        as("leder");
        var mine = approvals.pendingApprovals().stream().filter(p -> p.sessionId() == session.id()).toList();
        assertThat(mine).extracting(p -> p.person().name()).containsExactly("Mette Sørensen");
        // The home-care helper works in another unit with another leader.
        var other = registrationOf(session.id(), "hjemmehjaelper");
        assertThatThrownBy(() -> approvals.approve(other)).isInstanceOf(AccessDeniedException.class);
        // Nor may the implementing level, who organises it, approve on the leader's behalf.
        as("implementering");
        assertThatThrownBy(() -> approvals.approve(mine.getFirst().registrationId()))
                .isInstanceOf(AccessDeniedException.class);

        as("leder");
        assertThat(approvals.approve(mine.getFirst().registrationId())).isEqualTo(RegistrationStatus.APPROVED);
        as("sygeplejerske");
        assertThat(signUps.myRegistration(session.id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.APPROVED);
        assertThat(latestAbout(session.id()).getMessageKey()).isEqualTo("training.notify.approved");
    }

    @Test
    void staff_cannot_mark_attendance_and_organisers_can_from_the_start() {
        var session = step2(10, false);
        long nurse = as("sygeplejerske");
        signUps.signUp(session.id());
        as("implementering");
        assertThatThrownBy(() -> attendance.markAttendance(session.id(), nurse, AttendanceStatus.ATTENDED))
                .extracting(TrainingCalendarTest::key).isEqualTo("training.error.attendance-too-early");
        clock.set(session.start().plus(Duration.ofMinutes(5)));
        as("sygehus");
        assertThatThrownBy(() -> attendance.markAttendance(session.id(), nurse, AttendanceStatus.ATTENDED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.participants(session.id())).isInstanceOf(AccessDeniedException.class);
        as("implementering");
        attendance.markAttendance(session.id(), nurse, AttendanceStatus.PARTLY);
        assertThat(events.stream(AttendanceRecorded.class).filter(e -> e.sessionId() == session.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.personId()).isEqualTo(nurse);
                    assertThat(e.status()).isEqualTo("PARTLY");
                    assertThat(e.sessionType()).isEqualTo("CROSS_SECTOR_STEP2");
                    assertThat(e.day()).isEqualTo(session.start().atZone(TestClock.ZONE).toLocalDate());
                });
    }

    @Test
    void cancelling_a_session_tells_everyone_registered() {
        var session = step2(10, false);
        as("sygeplejerske");
        signUps.signUp(session.id());
        long unread = notifications.myUnreadCount();
        as("sygehus");
        assertThatThrownBy(() -> trainingSessions.cancelSession(session.id())).isInstanceOf(AccessDeniedException.class);
        as("implementering");
        trainingSessions.cancelSession(session.id());
        as("sygeplejerske");
        assertThat(notifications.myUnreadCount()).isEqualTo(unread + 1);
        assertThat(latestAbout(session.id()).getMessageKey()).isEqualTo("training.notify.session-cancelled");
        assertThat(events.stream(SessionChanged.class).filter(e -> e.sessionId() == session.id()).toList().getLast()
                .cancelled()).isTrue();
        assertThatThrownBy(() -> signUps.signUp(session.id())).extracting(TrainingCalendarTest::key)
                .isIn("training.error.session-cancelled", "training.error.signup-closed");
    }

    @Test
    void a_warning_names_my_overlapping_sign_ups() {
        var first = step2(10, false);
        var second = step2(10, false);
        as("sygeplejerske");
        signUps.signUp(first.id());
        assertThat(signUps.overlappingSignUps(second.id())).anySatisfy(text -> assertThat(text).contains(first.title()));
    }

    /** The reader's newest notification about a session (other tests move the clock and leave their own). */
    private dk.sambo.portal.notification.Notification latestAbout(long sessionId) {
        return notifications.mine(500).stream().filter(n -> Long.valueOf(sessionId).equals(n.getSubjectId()))
                .findFirst().orElseThrow();
    }

    private long registrationOf(long sessionId, String username) {
        var personId = as(username);
        as("implementering");
        return attendance.participants(sessionId).stream().filter(p -> p.person().id() == personId).findFirst()
                .orElseThrow().registrationId();
    }

    private static SessionData with(SessionData d, java.time.Instant start, java.time.Instant end) {
        return new SessionData(d.type(), d.title(), d.description(), start, end, d.place(), d.onlineLink(), d.scope(),
                d.scopeId(), d.audiences(), d.capacity(), d.signupDeadline(), d.approvalRequired(), d.organiserIds());
    }

    private static String key(Throwable e) {
        return ((RuleViolation) e).messageKey();
    }

    private static String field(Throwable e) {
        return ((RuleViolation) e).field();
    }

    private static Object[] params(Throwable e) {
        return ((RuleViolation) e).params();
    }
}
