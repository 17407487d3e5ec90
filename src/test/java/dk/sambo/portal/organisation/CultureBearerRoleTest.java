package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.shared.scheduling.SystemTask;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import dk.sambo.portal.organisation.domain.Organisation;
import dk.sambo.portal.organisation.domain.OrganisationRepository;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;
import dk.sambo.portal.organisation.domain.Unit;
import dk.sambo.portal.organisation.domain.UnitRepository;

/**
 * The CULTURE_BEARER role follows the register: ending an appointment takes away the role it gave unless another
 * running appointment still covers the unit, an appointment that runs out loses it when the job runs, and a role
 * granted by hand is left alone. Each test's changes are rolled back; its people are fresh fixtures. Nothing here
 * calls the job through its ShedLock proxy: the lock commits on the test transaction's connection.
 */
@PortalTest
@Transactional
class CultureBearerRoleTest {

    @Autowired CultureBearerRegister register;
    @Autowired PeopleAdministration administration;
    @Autowired RoleAssignmentRepository roles;
    @Autowired PersonRepository people;
    @Autowired UnitRepository units;
    @Autowired OrganisationRepository organisations;
    @Autowired AuditLog audit;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;

    Unit sygeplejen;
    Unit akutteam;
    LocalDate today;

    @BeforeEach
    void setUp() {
        clock.reset();
        today = LocalDate.now(clock);
        var kolding = organisations.findByCode("KOLDING_KOMMUNE").orElseThrow();
        sygeplejen = unitNamed(kolding, "Sygeplejen Kolding");
        akutteam = unitNamed(kolding, "Akutteamet Kolding");
        AuthenticatedAs.login(users, "admin");
    }

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
        clock.reset();
    }

    @Test
    void ending_an_appointment_in_the_past_takes_away_the_role_it_gave_audited() {
        var person = fixture("Rolf Rolle");
        var id = register.appoint(person.id(), Set.of(sygeplejen.id()), Set.of(), today.minusMonths(3), null);
        assertThat(bearerUnits(person)).containsExactly(sygeplejen.id());

        register.end(id, today.minusDays(1));

        assertThat(bearerUnits(person)).isEmpty();
        assertThat(audit.forObject("Person", person.id(), 10)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("ROLE_REVOKED");
            assertThat(e.getDetails()).isEqualTo("CULTURE_BEARER UNIT:" + sygeplejen.id() + " (appointment " + id
                    + " ended)");
        });
    }

    @Test
    void a_last_day_still_to_come_keeps_the_role_until_the_job_sees_it_pass() {
        var person = fixture("Rita Rolle");
        var id = register.appoint(person.id(), Set.of(sygeplejen.id()), Set.of(), today.minusMonths(3), null);
        register.end(id, today.plusDays(5));
        assertThat(bearerUnits(person)).containsExactly(sygeplejen.id());

        // On the last day the appointment still runs: the job leaves the role.
        clock.advance(Duration.ofDays(5));
        assertThat(register.revokeRolesNoLongerNeeded()).isZero();
        assertThat(bearerUnits(person)).containsExactly(sygeplejen.id());

        // The day after, the job's work takes it, as "system". (Not through the job's ShedLock proxy: the lock's
        // own transaction would commit this test's fixtures on the shared connection.)
        clock.advance(Duration.ofDays(1));
        SystemTask.run(register::revokeRolesNoLongerNeeded);
        assertThat(bearerUnits(person)).isEmpty();
        assertThat(audit.forObject("Person", person.id(), 10)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("ROLE_REVOKED");
            assertThat(e.getActor()).isEqualTo("system");
            assertThat(e.getDetails()).contains("appointment ran out");
        });
    }

    @Test
    void another_appointment_still_running_for_the_unit_keeps_its_role() {
        var person = fixture("Rune Rolle");
        var both = register.appoint(person.id(), Set.of(sygeplejen.id(), akutteam.id()), Set.of(),
                today.minusMonths(6), today.plusMonths(6));
        // A later appointment for one of the units, after the first one ends.
        register.appoint(person.id(), Set.of(sygeplejen.id()), Set.of(), today.plusMonths(6).plusDays(1), null);

        register.end(both, today.minusDays(1));

        assertThat(bearerUnits(person)).containsExactly(sygeplejen.id());
    }

    @Test
    void the_job_runs_hourly_on_one_node_and_can_be_switched_off() throws NoSuchMethodException {
        var method = CultureBearerJobs.class.getMethod("revokeExpiredRoles");
        assertThat(method.getAnnotation(Scheduled.class).cron())
                .isEqualTo("${portal.organisation.culture-bearer-expiry-cron:0 15 * * * *}");
        assertThat(method.getAnnotation(SchedulerLock.class).name()).isEqualTo("culture-bearer-role-expiry");
    }

    @Test
    void a_role_granted_by_hand_is_not_the_registers_to_take() {
        var person = fixture("Ronja Rolle");
        administration.grant(person.id(), Role.CULTURE_BEARER, ScopeType.UNIT, sygeplejen.id());
        var id = register.appoint(person.id(), Set.of(sygeplejen.id(), akutteam.id()), Set.of(),
                today.minusMonths(3), null);

        register.end(id, today.minusDays(1));
        clock.advance(Duration.ofDays(2));
        register.revokeRolesNoLongerNeeded();

        // The hand-granted role stays; the one the appointment added for the other unit goes.
        assertThat(bearerUnits(person)).containsExactly(sygeplejen.id());
    }

    @Test
    void the_demo_culture_bearers_roles_follow_their_appointments() {
        var hanne = people.findByUsernameIgnoreCase("kulturbaerer").orElseThrow();
        assertThat(roles.findByPersonIdAndRoleAndScopeTypeAndScopeId(hanne.id(), Role.CULTURE_BEARER, ScopeType.UNIT,
                sygeplejen.id())).hasValueSatisfying(r -> assertThat(r.isFromAppointment()).isTrue());
        // Her appointment runs until further notice: nothing to take away.
        assertThat(roles.findCultureBearerRolesNoLongerNeeded(hanne.id(), today)).isEmpty();
    }

    // --- fixtures -----------------------------------------------------------------------------------------------

    private Person fixture(String name) {
        return people.save(new Person(name, "Sygeplejerske", null, sygeplejen, KnowledgeTarget.IN_DEPTH));
    }

    private List<Long> bearerUnits(Person person) {
        return roles.findByPersonIdOrderByRole(person.id()).stream().filter(r -> r.getRole() == Role.CULTURE_BEARER)
                .map(RoleAssignment::getScopeId).toList();
    }

    private Unit unitNamed(Organisation organisation, String name) {
        return units.findByOrganisationIdOrderByPath(organisation.id()).stream()
                .filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
    }
}
