package dk.sambo.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.OrganisationService;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/** Calendar files parsed back with ical4j: time zone, stable UID, raised SEQUENCE, cancellation. */
@PortalTest
class CalendarFilesTest {

    @Autowired
    CalendarFiles files;
    @Autowired
    TrainingCalendar calendar;

    @Autowired
    SignUps signUps;

    @Autowired
    TrainingSessions trainingSessions;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    WebApplicationContext web;

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
        clock.reset();
    }

    @Test
    void a_session_file_has_a_copenhagen_time_zone_a_stable_uid_and_a_rising_sequence_and_cancels_properly()
            throws Exception {
        AuthenticatedAs.login(users, "implementering");
        var session = trainingSessions.create(TrainingFixtures.step2(TrainingFixtures.lillebaelt(organisation),
                clock.instant(), 10, false));
        var first = parse(files.sessionFile(session.id()));
        assertThat(first.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");
        VTimeZone zone = first.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(zone.getProperty(Property.TZID).map(Property::getValue)).contains("Europe/Copenhagen");
        VEvent event = first.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Copenhagen");
        var uid = value(event, Property.UID);
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SUMMARY)).isEqualTo(session.title());
        // 26 November 2026 09:00 in Copenhagen is 08:00 UTC (winter time): the local time is written with its zone.
        assertThat(value(event, Property.DTSTART)).isEqualTo("20261126T090000");

        var data = calendar.session(session.id()).orElseThrow();
        var later = data.toData();
        var moved = new SessionData(later.type(), later.title(), later.description(),
                later.start().plus(Duration.ofHours(1)), later.end().plus(Duration.ofHours(1)), later.place(),
                later.onlineLink(), later.scope(), later.scopeId(), later.audiences(), later.capacity(), null,
                later.approvalRequired(), later.organiserIds());
        trainingSessions.update(session.id(), data.version(), moved);
        VEvent changed = parse(files.sessionFile(session.id())).<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(changed, Property.UID)).isEqualTo(uid);
        assertThat(value(changed, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(changed, Property.DTSTART)).isEqualTo("20261126T100000");

        trainingSessions.cancelSession(session.id());
        var cancelled = parse(files.sessionFile(session.id()));
        assertThat(cancelled.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
        VEvent gone = cancelled.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(gone, Property.UID)).isEqualTo(uid);
        assertThat(value(gone, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(gone, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(gone, Property.ORGANIZER)).startsWith("mailto:");
    }

    @Test
    void a_personal_subscription_lists_my_sessions_and_a_renewed_token_revokes_the_old_url() throws Exception {
        AuthenticatedAs.login(users, "implementering");
        var kept = trainingSessions.create(TrainingFixtures.step2(TrainingFixtures.lillebaelt(organisation), clock.instant(),
                10, false));
        var dropped = trainingSessions.create(TrainingFixtures.step2(TrainingFixtures.lillebaelt(organisation),
                clock.instant(), 10, false));
        AuthenticatedAs.login(users, "sygehus");
        signUps.signUp(kept.id());
        signUps.signUp(dropped.id());
        var token = files.mySubscriptionToken();
        AuthenticatedAs.login(users, "implementering");
        trainingSessions.cancelSession(dropped.id());
        AuthenticatedAs.logout();

        var mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        var body = mvc.perform(get("/ical/" + token + ".ics")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        var feed = parse(body);
        var events = feed.<VEvent>getComponents(Component.VEVENT);
        var keptEvent = events.stream().filter(e -> value(e, Property.UID).equals(uidOf(kept.id()))).findFirst()
                .orElseThrow();
        assertThat(value(keptEvent, Property.STATUS)).isEqualTo("CONFIRMED");
        var droppedEvent = events.stream().filter(e -> value(e, Property.UID).equals(uidOf(dropped.id())))
                .findFirst().orElseThrow();
        assertThat(value(droppedEvent, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen");

        AuthenticatedAs.login(users, "sygehus");
        var renewed = files.renewMySubscription();
        AuthenticatedAs.logout();
        mvc.perform(get("/ical/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/ical/" + renewed + ".ics")).andExpect(status().isOk());
        mvc.perform(get("/ical/not-a-real-token-at-all-xxxxxxxx.ics")).andExpect(status().isNotFound());
    }

    @Autowired
    TrainingSessionRepository sessions;

    private String uidOf(long sessionId) {
        return sessions.findById(sessionId).orElseThrow().getIcalUid();
    }

    private static Calendar parse(byte[] bytes) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }
}
