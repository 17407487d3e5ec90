package dk.sambo.portal.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.security.AccessRequest;

/** An administrator turns a pending access request into a staff member linked to their identity provider. */
class AccessRequestsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleAdministration people;
    @Autowired
    PersonAccounts accounts;

    @Test
    @SuppressWarnings("unchecked")
    void admin_grants_a_pending_request_as_staff_and_the_next_login_finds_the_person() {
        var now = Timestamp.from(TestClock.START);
        jdbc.update("""
                insert into access_request (issuer, subject, email, name, requested_at, last_attempt_at)
                values ('https://idp.middelfart.example', 'sub-4711', 'ny.kollega@middelfart.example',
                        'Ny Kollega', ?, ?)""", now, now);
        login("admin");
        navigate("admin/adgang");
        Grid<AccessRequest> grid = _get(Grid.class);
        int row = -1;
        for (int i = 0; i < _size(grid); i++) {
            if ("Ny Kollega".equals(GridKt._get(grid, i).getName())) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        var actions = (Component) GridKt._getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Opret person")));
        ComboBox<UnitSummary> unit = _get(ComboBox.class, spec -> spec.withLabel("Enhed"));
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.name().equals("Visitationen Middelfart"))
                .findFirst().orElseThrow());
        var save = _find(Button.class, spec -> spec.withText("Opret person")).getLast();
        _click(save);

        var created = people.search("ny.kollega@middelfart.example", PageRequest.of(0, 1)).getFirst();
        assertThat(created.name()).isEqualTo("Ny Kollega");
        assertThat(created.unitName()).isEqualTo("Visitationen Middelfart");
        var account = accounts.byIdentity("https://idp.middelfart.example", "sub-4711", null, false).orElseThrow();
        assertThat(account.personId()).isEqualTo(created.id());
        assertThat(account.roles()).containsExactly(Role.STAFF);
    }

    /** Issue 10: a CPR number typed as the name or the job title is marked inline, both at once; nobody is made. */
    @Test
    @SuppressWarnings("unchecked")
    void a_cpr_number_in_the_grant_dialog_marks_name_and_job_title_and_creates_nobody() {
        var now = Timestamp.from(TestClock.START);
        jdbc.update("""
                insert into access_request (issuer, subject, email, name, requested_at, last_attempt_at)
                values ('https://idp.middelfart.example', 'sub-cpr-1', 'cpr.proeve@middelfart.example',
                        'Prøve Kollega', ?, ?)""", now, now);
        login("admin");
        navigate("admin/adgang");
        Grid<AccessRequest> grid = _get(Grid.class);
        int row = -1;
        for (int i = 0; i < _size(grid); i++) {
            if ("sub-cpr-1".equals(GridKt._get(grid, i).getSubject())) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        var actions = (Component) GridKt._getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Opret person")));
        var dialog = _get(Dialog.class);
        var name = _get(dialog, TextField.class, spec -> spec.withLabel("Navn"));
        var jobTitle = _get(dialog, TextField.class, spec -> spec.withLabel("Stilling"));
        name.setValue("Borger 010285-1234");
        jobTitle.setValue("Sygeplejerske for 0102851234");
        ComboBox<UnitSummary> unit = _get(dialog, ComboBox.class, spec -> spec.withLabel("Enhed"));
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.name().equals("Visitationen Middelfart"))
                .findFirst().orElseThrow());
        _click(_find(Button.class, spec -> spec.withText("Opret person")).getLast());

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("CPR-nummer");
        assertThat(jobTitle.isInvalid()).isTrue();
        assertThat(jobTitle.getErrorMessage()).contains("CPR-nummer");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(people.search("cpr.proeve@middelfart.example", PageRequest.of(0, 1))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_request_with_an_existing_persons_email_shows_it_unverified_and_is_linked_to_that_person() {
        var now = Timestamp.from(TestClock.START);
        login("admin");
        var mette = people.search("Mette Sørensen", PageRequest.of(0, 5)).getFirst();
        jdbc.update("""
                insert into access_request (issuer, subject, email, email_verified, name, requested_at,
                        last_attempt_at)
                values ('https://idp.ny-kommune.example', 'sub-mette-ny', ?, false, 'Mette S.', ?, ?)""",
                mette.email(), now, now);
        navigate("admin/adgang");
        Grid<AccessRequest> grid = _get(Grid.class);
        int row = -1;
        for (int i = 0; i < _size(grid); i++) {
            if ("sub-mette-ny".equals(GridKt._get(grid, i).getSubject())) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        var request = GridKt._get(grid, row);
        assertThat(GridKt._getFormatted(grid.getColumnByKey("emailVerified"), request)).isEqualTo("Ikke bekræftet");
        assertThat(GridKt._getFormatted(grid.getColumnByKey("existing"), request)).isEqualTo("Mette Sørensen");
        var actions = (Component) GridKt._getCellComponent(grid, row, "actions");
        assertThat(_find(actions, Button.class, spec -> spec.withText("Opret person"))).isEmpty();

        _click(_get(actions, Button.class, spec -> spec.withText("Knyt til person")));
        _click(_find(Button.class, spec -> spec.withText("Knyt til person")).getLast());

        var account = accounts.byIdentity("https://idp.ny-kommune.example", "sub-mette-ny", null, false)
                .orElseThrow();
        assertThat(account.personId()).isEqualTo(mette.id());
        assertThat(GridKt._findAll(grid)).noneMatch(r -> r.getSubject().equals("sub-mette-ny"));
    }
}
