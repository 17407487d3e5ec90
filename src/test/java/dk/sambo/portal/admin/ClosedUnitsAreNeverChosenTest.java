package dk.sambo.portal.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
import dk.sambo.portal.organisation.UnitAdministration;
import dk.sambo.portal.organisation.UnitAdministration.UnitChangeRefused;
import dk.sambo.portal.organisation.UnitNode;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.security.AccessRequest;

/**
 * A closed unit keeps its history but is never chosen again: not in "Opret person", not as a role's scope, not as
 * the new parent of a moved unit, not in the directory's filter; and the services refuse it when asked directly.
 */
class ClosedUnitsAreNeverChosenTest extends KaribuTest {

    @Autowired
    UnitAdministration units;
    @Autowired
    OrganisationService organisation;
    @Autowired
    PeopleAdministration people;
    @Autowired
    JdbcTemplate jdbc;

    String closedName;
    String openName;
    long closedId;
    long openId;
    UnitNode open;
    long nyborg;

    @BeforeEach
    void aClosedAndAnOpenUnitInNyborg() {
        login("admin");
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        nyborg = jdbc.queryForObject("select id from organisation where code = 'NYBORG_KOMMUNE'", Long.class);
        closedName = "Lukket team " + suffix;
        openName = "Åbent team " + suffix;
        // With HR codes, as the demo-data checks tell other tests' units from the demo's own by their code.
        closedId = units.create(nyborg, null, "LUK-" + suffix, closedName, null).unitId();
        open = units.create(nyborg, null, "AAB-" + suffix, openName, null);
        openId = open.unitId();
        units.close(closedId, LocalDate.of(2026, 11, 1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void opret_person_offers_open_units_only() {
        var now = Timestamp.from(TestClock.START);
        var subject = "sub-" + UUID.randomUUID();
        jdbc.update("""
                insert into access_request (issuer, subject, email, name, requested_at, last_attempt_at)
                values ('https://idp.nyborg.example', ?, null, 'Luk Kollega', ?, ?)""", subject, now, now);
        navigate("admin/adgang");
        Grid<AccessRequest> grid = _get(Grid.class);
        int row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (subject.equals(GridKt._get(grid, i).getSubject())) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        var actions = (Component) GridKt._getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Opret person")));
        ComboBox<UnitSummary> unit = _get(ComboBox.class, spec -> spec.withLabel("Enhed"));

        var offered = unit.getListDataView().getItems().map(UnitSummary::name).toList();
        assertThat(offered).contains(openName).doesNotContain(closedName);
        _click(_find(Button.class, spec -> spec.withText("Annuller")).getLast());
    }

    @Test
    void a_role_in_a_unit_is_offered_and_granted_for_open_units_only() {
        var person = people.search("sygeplejerske", PageRequest.of(0, 1)).getFirst();
        var dialog = new PersonDialog(person, people, organisation, () -> { });

        var offered = dialog.choices(ScopeType.UNIT).stream().map(PersonDialog.ScopeChoice::id).toList();
        assertThat(offered).contains(openId).doesNotContain(closedId);
        assertThatThrownBy(() -> people.grant(person.id(), Role.CULTURE_BEARER, ScopeType.UNIT, closedId))
                .isInstanceOfSatisfying(UnitChangeRefused.class,
                        e -> assertThat(e.key()).isEqualTo("orgdata.unit.error.closed"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_unit_is_never_moved_or_created_under_a_closed_unit() {
        navigate("admin/enheder");
        var view = _get(UnitsAdminView.class);
        view.moveDialog(open);
        ComboBox<UnitsAdminView.ParentChoice> parent = _get(ComboBox.class,
                spec -> spec.withLabel("Ny overordnet enhed"));

        var offered = parent.getListDataView().getItems().map(UnitsAdminView.ParentChoice::unitId).toList();
        assertThat(offered).doesNotContain(closedId);
        assertThatThrownBy(() -> units.move(openId, closedId)).isInstanceOf(UnitChangeRefused.class);
        assertThatThrownBy(() -> units.create(nyborg, closedId, null, "Under lukket", null))
                .isInstanceOf(UnitChangeRefused.class);
    }

    @Test
    void nobody_is_created_in_a_closed_unit() {
        assertThatThrownBy(() -> people.createPerson(new PeopleAdministration.NewPerson("Lukas Lukket", null,
                "lukas." + UUID.randomUUID() + "@nyborg.example", closedId, KnowledgeTarget.OVERALL), null, null))
                .isInstanceOf(UnitChangeRefused.class);
        assertThat(organisation.openUnitsOf(nyborg)).extracting(UnitSummary::id).contains(openId)
                .doesNotContain(closedId);
        // The closed unit keeps its row and history: it is still there, just never offered.
        assertThat(organisation.unit(closedId)).hasValueSatisfying(u -> assertThat(u.isOpen()).isFalse());
        assertThat(List.of(organisation.unitsOf(nyborg).stream().map(UnitSummary::id).toList()))
                .singleElement().satisfies(ids -> assertThat(ids).contains(closedId));
    }
}
