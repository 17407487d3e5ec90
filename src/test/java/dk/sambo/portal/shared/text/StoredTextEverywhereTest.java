package dk.sambo.portal.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

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
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.qa.service.QuestionReadModel;
import dk.sambo.portal.training.domain.SignUps;
import dk.sambo.portal.training.domain.TrainingSessions;
import dk.sambo.portal.training.domain.Audience;
import dk.sambo.portal.training.domain.CalendarFiles;
import dk.sambo.portal.training.domain.SessionData;
import dk.sambo.portal.training.domain.SessionScope;
import dk.sambo.portal.training.domain.SessionType;
import dk.sambo.portal.training.domain.TrainingCalendar;

/**
 * Issue 9: a NUL in a session title reached the iCal feed and U+202E turned "fdp.exe" into "exe.pdf" on screen.
 * Text is cleaned once, centrally, when any entity is written: checked through two features that do not clean
 * these characters themselves, down to the iCal bytes a calendar program fetches.
 */
@PortalTest
class StoredTextEverywhereTest {

    private static final String DIRTY = "Kursus\u0000 i \u202Efdp.exe\u202C og \u2067plejeforløb\u2069\u0007";
    private static final String CLEAN = "Kursus i fdp.exe og plejeforløb";

    @Autowired
    TrainingCalendar calendar;

    @Autowired
    SignUps signUps;

    @Autowired
    TrainingSessions trainingSessions;
    @Autowired
    CalendarFiles files;
    @Autowired
    Asking asking;
    @Autowired
    QuestionReadModel readModel;
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
    }

    @Test
    void control_and_bidi_characters_never_reach_the_database_or_the_ical_feed() throws Exception {
        AuthenticatedAs.login(users, "implementering");
        long cluster = organisation.clusters().stream().filter(c -> "LILLEBAELT".equals(c.code())).findFirst()
                .orElseThrow().id();
        var start = clock.instant().plus(Duration.ofDays(4));
        var session = trainingSessions.create(new SessionData(SessionType.CROSS_SECTOR_STEP2, DIRTY, "Linje 1\r\nLinje 2\u0000",
                start, start.plus(Duration.ofHours(2)), "Kolding\u202E Rådhus", null, SessionScope.CLUSTER, cluster,
                EnumSet.of(Audience.STAFF_IN_DEPTH, Audience.STAFF_OVERALL), 10, null, false, List.of()));
        var stored = calendar.session(session.id()).orElseThrow().toData();
        assertThat(stored.title()).isEqualTo(CLEAN);
        assertThat(stored.description()).isEqualTo("Linje 1\nLinje 2");
        assertThat(stored.place()).isEqualTo("Kolding Rådhus");

        AuthenticatedAs.login(users, "sygehus");
        signUps.signUp(session.id());
        var token = files.mySubscriptionToken();
        AuthenticatedAs.logout();
        var body = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build()
                .perform(get("/ical/" + token + ".ics")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        var feed = new String(body, StandardCharsets.UTF_8);
        assertThat(feed).contains("SUMMARY:" + CLEAN);
        assertThat(feed.chars().filter(c -> c == 0 || c == 0x202E || c == 0x2067 || c == 7)).isEmpty();
    }

    @Test
    void a_question_title_with_a_right_to_left_override_is_stored_without_it() {
        AuthenticatedAs.login(users, "sygeplejerske");
        long id = asking.ask(new QuestionDraft("Må vi sende filen \u202Efdp.exe til egen læge?",
                "Brødtekst\u2066 med isolat\u2069.", "COMMUNICATION", List.of(), null, null));
        var details = readModel.details(id).orElseThrow();
        assertThat(details.title()).isEqualTo("Må vi sende filen fdp.exe til egen læge?");
        assertThat(details.body()).isEqualTo("Brødtekst med isolat.");
    }
}
