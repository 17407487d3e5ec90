package dk.sambo.portal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.organisation.CultureBearerRegister;
import dk.sambo.portal.organisation.OrganisationFigures;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.security.ui.LoginView;

/**
 * The register's rules, enforced in the service: appoint only people and units you lead, no overlapping duplicate,
 * every change audited. Periods lie in the future so the demo's current coverage stays as seeded for other tests.
 */
class CultureBearerRegisterTest extends KaribuTest {

    @Autowired CultureBearerRegister register;
    @Autowired OrganisationFigures figures;
    @Autowired OrganisationService organisation;
    @Autowired AuditLog audit;

    @Test
    void line_manager_appoints_from_her_unit_and_ends_the_appointment_audited() {
        login("leder");
        var unit = sygeplejenKolding();
        var person = candidate(unit, 0);
        var from = LocalDate.of(2031, 1, 1);
        var id = register.appoint(person.id(), Set.of(unit.id()), Set.of("DISCHARGE"), from, null);
        assertThat(register.ofUnits(Set.of(unit.id()))).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.personName()).isEqualTo(person.name());
            assertThat(a.topicCodes()).containsExactly("DISCHARGE");
        });
        register.end(id, LocalDate.of(2031, 6, 30));
        assertThat(register.ofUnits(Set.of(unit.id()))).filteredOn(a -> a.id() == id).singleElement()
                .satisfies(a -> assertThat(a.validTo()).isEqualTo(LocalDate.of(2031, 6, 30)));
        login("admin");
        assertThat(audit.forObject("CultureBearerAppointment", id, 10)).extracting(e -> e.getAction())
                .contains("CULTURE_BEARER_APPOINTED", "CULTURE_BEARER_ENDED");
    }

    @Test
    void an_overlapping_duplicate_appointment_is_refused() {
        login("leder");
        var unit = sygeplejenKolding();
        var person = candidate(unit, 1);
        register.appoint(person.id(), Set.of(unit.id()), Set.of(), LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31));
        assertThatThrownBy(() -> register.appoint(person.id(), Set.of(unit.id()), Set.of(), LocalDate.of(2032, 6, 1),
                null)).isInstanceOf(IllegalStateException.class).hasMessage("culture-bearer.error.overlap");
        // After the first period ends, a new appointment is fine.
        register.appoint(person.id(), Set.of(unit.id()), Set.of(), LocalDate.of(2033, 1, 1), null);
    }

    @Test
    void nobody_appoints_outside_their_scope() {
        login("leder");
        var mine = sygeplejenKolding();
        var person = candidate(mine, 2);
        var vejle = organisation.organisations().stream().filter(o -> o.code().equals("VEJLE_KOMMUNE"))
                .findFirst().orElseThrow();
        var vejleUnit = organisation.unitsOf(vejle.id()).getFirst();
        // A unit she does not lead:
        assertThatThrownBy(() -> register.appoint(person.id(), Set.of(vejleUnit.id()), Set.of(),
                LocalDate.of(2034, 1, 1), null)).isInstanceOf(AccessDeniedException.class);
        // Staff of a unit she does not lead:
        login("admin");
        var vejlePerson = figures.peopleIn(java.util.List.of(vejleUnit.id())).getFirst();
        login("leder");
        assertThatThrownBy(() -> register.appoint(vejlePerson.id(), Set.of(mine.id()), Set.of(),
                LocalDate.of(2034, 1, 1), null)).isInstanceOf(AccessDeniedException.class);
        // Staff and culture bearers may not appoint at all:
        login("kulturbaerer");
        assertThatThrownBy(() -> register.appoint(person.id(), Set.of(mine.id()), Set.of(), LocalDate.of(2034, 1, 1),
                null)).isInstanceOf(AccessDeniedException.class);
        // Someone who leads none of its units cannot end it:
        login("leder");
        var id = register.appoint(person.id(), Set.of(mine.id()), Set.of(), LocalDate.of(2035, 1, 1), null);
        login("kulturbaerer2");
        assertThatThrownBy(() -> register.end(id, LocalDate.of(2035, 2, 1))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void register_view_shows_coverage_and_appointments_to_the_line_manager_only() {
        navigate("kulturbaerere");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);

        login("sygeplejerske");
        assertThatThrownBy(() -> navigate("kulturbaerere")).isInstanceOf(MockAccessDeniedException.class);

        login("leder");
        navigate("kulturbaerere");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CultureBearerRegisterView.class);
        var text = PageText.now();
        assertThat(text).contains("Kulturbærerregister", "Sygeplejen Kolding | 18", "Hanne Kjær", "Udpeg kulturbærer");
    }

    private UnitSummary sygeplejenKolding() {
        return figures.unitsILead().stream().filter(u -> u.name().equals("Sygeplejen Kolding")).findFirst()
                .orElseThrow();
    }

    /** The n-th ordinary staff member of the unit (named demo accounts left alone). */
    private PersonSummary candidate(UnitSummary unit, int n) {
        return figures.peopleIn(java.util.List.of(unit.id())).stream()
                .filter(p -> !Set.of("Mette Sørensen", "Hanne Kjær", "Birgitte Holm", "Henrik Lauridsen")
                        .contains(p.name()))
                .skip(n).findFirst().orElseThrow();
    }
}
