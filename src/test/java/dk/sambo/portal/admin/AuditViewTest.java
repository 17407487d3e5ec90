package dk.sambo.portal.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.audit.AuditEvent;
import dk.sambo.portal.audit.AuditFilter;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonSummary;

/**
 * The audit screen answers an access-log request: filter by person (actor or subject), kind and period over
 * every row (lazily paged), times in UTC with seconds and Copenhagen time beside them, a CSV export of exactly the
 * filtered rows (itself audited) and the chain check.
 */
class AuditViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;

    @Autowired
    PeopleAdministration people;

    @Autowired
    CurrentPerson currentPerson;

    @Test
    void filter_by_person_finds_what_they_did_and_what_was_done_to_or_read_about_them() {
        login("sygeplejerske");
        long nurse = currentPerson.requireId();
        var marker = UUID.randomUUID().toString();
        audit.record("FILTER_CHECK", "AuditCheck", marker, "as actor");
        login("leder");
        audit.record("ROLE_GRANTED", "Person", nurse, "as object");
        audit.recordRead("participants", "TrainingSession", 999_999L, List.of(nurse, 1L));
        audit.record("FILTER_CHECK", "AuditCheck", marker, "someone else");

        login("admin");
        navigate("admin/revisionsspor");
        var all = _size(grid());
        personBox().setValue(person(nurse));

        var rows = rows();
        assertThat(rows.size()).isLessThan(all)
                .isEqualTo((int) audit.count(new AuditFilter(nurse, null, null, null)));
        assertThat(rows).allSatisfy(e -> assertThat(e.getActorId() != null && e.getActorId() == nurse
                || "Person".equals(e.getObjectType()) && String.valueOf(nurse).equals(e.getObjectId())
                || e.getSubjectIds().contains(nurse)).isTrue());
        assertThat(rows).extracting(AuditEvent::getDetails).contains("as actor", "as object", "read=participants people=2")
                .doesNotContain("someone else");

        kindBox().setValue(AuditLog.PERSONAL_DATA_READ);
        assertThat(rows()).extracting(AuditEvent::getAction).containsOnly(AuditLog.PERSONAL_DATA_READ)
                .isNotEmpty();
    }

    @Test
    void filter_by_period_takes_whole_copenhagen_days_and_times_show_utc_and_local_with_seconds() {
        clock.set(Instant.parse("2031-03-04T23:30:15Z")); // 5 March 00:30:15 in Copenhagen
        login("sygeplejerske");
        audit.record("PERIOD_CHECK", "AuditCheck", UUID.randomUUID(), null);
        clock.set(Instant.parse("2031-03-05T22:59:59Z")); // 5 March 23:59:59 in Copenhagen
        audit.record("PERIOD_CHECK", "AuditCheck", UUID.randomUUID(), null);
        clock.set(Instant.parse("2031-03-05T23:00:00Z")); // 6 March in Copenhagen
        audit.record("PERIOD_CHECK", "AuditCheck", UUID.randomUUID(), null);

        login("admin");
        navigate("admin/revisionsspor");
        kindBox().setValue("PERIOD_CHECK");
        date("audit-from").setValue(LocalDate.of(2031, 3, 5));
        date("audit-to").setValue(LocalDate.of(2031, 3, 5));

        assertThat(rows()).extracting(AuditEvent::getOccurredAt).containsExactly(
                Instant.parse("2031-03-05T22:59:59Z"), Instant.parse("2031-03-04T23:30:15Z"));
        assertThat(_getFormattedRow(grid(), 1)).contains("2031-03-04 23:30:15 UTC", "2031-03-05 00:30:15");
    }

    @Test
    void the_grid_pages_lazily_through_every_row_of_the_trail() {
        login("admin");
        navigate("admin/revisionsspor");

        assertThat(grid().getDataProvider().isInMemory()).isFalse();
        long total = audit.count(AuditFilter.ALL);
        assertThat(total).isGreaterThan(500);
        assertThat(_size(grid())).isEqualTo((int) total);
        // The oldest row, far beyond the old limit of 500, is reachable.
        assertThat(_get(grid(), (int) total - 1).getChainSeq()).isEqualTo(1L);
    }

    @Test
    void pages_of_the_service_do_not_overlap_and_cover_the_count() {
        login("admin");
        for (int i = 0; i < 30; i++) {
            audit.record("PAGE_CHECK", "AuditCheck", i, null);
        }
        var filter = new AuditFilter(null, "PAGE_CHECK", null, null);
        long total = audit.count(filter);
        assertThat(total).isGreaterThanOrEqualTo(30);
        var seen = new HashSet<Long>();
        for (int offset = 0; offset < total; offset += 7) {
            for (var e : audit.search(filter, offset, 7)) {
                assertThat(seen.add(e.getId())).isTrue();
                assertThat(e.getAction()).isEqualTo("PAGE_CHECK");
            }
        }
        assertThat(seen).hasSize((int) total);
    }

    @Test
    void csv_export_holds_exactly_the_filtered_rows_with_a_bom_over_several_batches_and_is_itself_audited()
            throws Exception {
        login("admin");
        long admin = currentPerson.requireId();
        long total = audit.count(AuditFilter.ALL);
        var out = new ByteArrayOutputStream();

        long written = audit.exportCsv(AuditFilter.ALL, out);

        var bytes = out.toByteArray();
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        var text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        var records = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get()).getRecords();
        // The export's own event is written before the rows, so it is among them.
        assertThat(written).isEqualTo(total + 1).isEqualTo(records.size());
        var ids = records.stream().map(r -> Long.parseLong(r.get("id"))).toList();
        assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(records.getFirst().get("action")).isEqualTo("AUDIT_EXPORTED");
        assertThat(records.getFirst().get("actor_id")).isEqualTo(String.valueOf(admin));
        assertThat(records.getFirst().get("details")).contains("person=* action=*", "rows=" + total);
        assertThat(records.getFirst().get("occurred_utc")).endsWith(" UTC");
        assertThat(text).contains("Peter Thomsen");

        var nurseRows = new ArrayList<String>();
        var filtered = new ByteArrayOutputStream();
        for (int i = 0; i < 3; i++) {
            audit.record("EXPORT_CHECK", "AuditCheck", i, "æøå " + i);
        }
        var filter = new AuditFilter(null, "EXPORT_CHECK", null, null);
        long expected = audit.count(filter);
        audit.exportCsv(filter, filtered);
        CSVParser.parse(new String(filtered.toByteArray(), StandardCharsets.UTF_8).substring(1),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())
                .forEach(r -> nurseRows.add(r.get("action")));
        assertThat(nurseRows).hasSize((int) expected).containsOnly("EXPORT_CHECK");
        assertThat(expected).isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_screen_offers_the_export_and_verifies_the_chain_with_a_visible_result() {
        login("admin");
        navigate("admin/revisionsspor");
        assertThat(_get(Anchor.class, s -> s.withClasses("audit-export")).getHref()).isNotBlank();

        _click(_get(Button.class, s -> s.withClasses("audit-verify")));

        var verification = _get(Div.class, s -> s.withClasses("audit-verification"));
        assertThat(verification.getClassNames()).contains("audit-verify-intact");
        assertThat(verification.getElement().getTextRecursively()).startsWith("Kæden er hel:");
    }

    private static List<AuditEvent> rows() {
        var grid = grid();
        var rows = new ArrayList<AuditEvent>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEvent> grid() {
        return _get(Grid.class, s -> s.withClasses("audit-grid"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<PersonSummary> personBox() {
        return _get(ComboBox.class, s -> s.withClasses("audit-person"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> kindBox() {
        return _get(ComboBox.class, s -> s.withClasses("audit-kind"));
    }

    private static DatePicker date(String className) {
        return _get(DatePicker.class, s -> s.withClasses(className));
    }

    private PersonSummary person(long id) {
        return people.search("", org.springframework.data.domain.PageRequest.of(0, 1000)).stream()
                .filter(p -> p.id() == id).findFirst().orElseThrow();
    }
}
