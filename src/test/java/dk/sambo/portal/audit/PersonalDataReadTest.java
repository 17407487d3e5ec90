package dk.sambo.portal.audit;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.grid.Grid;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.materials.Audience;
import dk.sambo.portal.materials.MaterialLibrary;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.training.domain.SignUps;
import dk.sambo.portal.training.domain.TrainingSessions;
import dk.sambo.portal.training.domain.SessionData;
import dk.sambo.portal.training.domain.SessionScope;
import dk.sambo.portal.training.domain.SessionType;

/**
 * Reading personal data leaves a trace: who opened whose details, a participant list, the contact directory or a
 * material, and when. One event per opening, not one per row shown.
 */
class PersonalDataReadTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignUps signUps;

    @Autowired
    TrainingSessions trainingSessions;

    @Autowired
    OrganisationService organisation;

    @Autowired
    CurrentPerson currentPerson;

    @Autowired
    MaterialLibrary library;

    @Test
    void opening_a_persons_details_in_the_administration_records_who_read_whom() {
        login("admin");
        long admin = currentPerson.requireId();
        navigate("admin/personer");
        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = _get(Grid.class);
        PersonSummary opened = _get(grid, 3);
        long before = reads();

        _clickItem(grid, 3);

        assertThat(reads()).isEqualTo(before + 1);
        var event = newestRead();
        assertThat(event.get("actor_id")).isEqualTo(admin);
        assertThat(event.get("object_type")).isEqualTo("Person");
        assertThat(event.get("object_id")).isEqualTo(String.valueOf(opened.id()));
        assertThat((String) event.get("details")).startsWith("read=person-details");
    }

    @Test
    void the_organiser_opening_a_participant_list_records_one_event_naming_every_participant() {
        login("implementering");
        long cluster = organisation.clusters().stream().filter(c -> "LILLEBAELT".equals(c.code())).findFirst()
                .orElseThrow().id();
        var start = clock.instant().plus(Duration.ofDays(9));
        var session = trainingSessions.create(new SessionData(SessionType.CROSS_SECTOR_STEP2, "Læsespor " + System.nanoTime(),
                null, start, start.plus(Duration.ofHours(2)), "Kolding", null, SessionScope.CLUSTER, cluster,
                Set.of(dk.sambo.portal.training.domain.Audience.STAFF_IN_DEPTH), 10, null, false, List.of()));
        login("sygeplejerske");
        long nurse = currentPerson.requireId();
        signUps.signUp(session.id());
        login("sygehus");
        long hospitalNurse = currentPerson.requireId();
        signUps.signUp(session.id());
        long before = reads();

        login("implementering");
        navigate("kalender/aktivitet/" + session.id());

        assertThat(reads()).isEqualTo(before + 1);
        var event = newestRead();
        assertThat(event.get("object_type")).isEqualTo("TrainingSession");
        assertThat(event.get("object_id")).isEqualTo(String.valueOf(session.id()));
        assertThat(jdbc.queryForList("select person_id from audit_event_subject where event_id = ?", Long.class,
                event.get("id"))).containsExactlyInAnyOrder(nurse, hospitalNurse);

        // A participant who opens the same page sees no list, so nothing is recorded for them.
        login("sygeplejerske");
        navigate("kalender/aktivitet/" + session.id());
        assertThat(reads()).isEqualTo(before + 1);
    }

    @Test
    void opening_the_contact_directory_records_one_event_however_many_rows_it_shows() {
        login("sygeplejerske");
        long before = reads();

        navigate("kontakter");

        assertThat(reads()).isEqualTo(before + 1);
        assertThat((String) newestRead().get("details")).startsWith("read=contact-directory");
    }

    @Test
    void downloading_a_material_records_who_took_which_file() throws Exception {
        login("implementering");
        var id = library.publish("Læsesporet " + System.nanoTime(), null, Audience.STAFF, false, "spor.pdf",
                dk.sambo.portal.materials.TestDocuments.pdf("Læsesporet"));
        var version = library.versions(id).getFirst().id();
        login("sygeplejerske");
        long before = reads();

        library.download(version, head -> java.io.OutputStream.nullOutputStream());

        assertThat(reads()).isEqualTo(before + 1);
        var event = newestRead();
        assertThat(event.get("object_type")).isEqualTo("MaterialVersion");
        assertThat(event.get("object_id")).isEqualTo(String.valueOf(version));
    }

    private long reads() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'PERSONAL_DATA_READ'",
                Long.class);
    }

    private java.util.Map<String, Object> newestRead() {
        var row = jdbc.queryForMap("select id, actor_id, object_type, object_id, details from audit_event"
                + " where action = 'PERSONAL_DATA_READ' order by id desc limit 1");
        var lower = new java.util.HashMap<String, Object>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
        return lower;
    }
}
