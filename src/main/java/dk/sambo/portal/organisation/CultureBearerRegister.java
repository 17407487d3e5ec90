package dk.sambo.portal.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.domain.CultureBearerAppointment;
import dk.sambo.portal.organisation.domain.CultureBearerAppointmentRepository;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;
import dk.sambo.portal.organisation.domain.Unit;
import dk.sambo.portal.organisation.domain.UnitRepository;

/**
 * Appointing and ending culture bearers. A line manager appoints people from the units they lead, for units
 * they lead; administrators may appoint anywhere. The same person cannot hold two overlapping appointments for
 * the same unit.
 *
 * <p>The CULTURE_BEARER role follows the appointments: appointing gives it for each unit covered (marked as given
 * by an appointment), and once no appointment of the person covering that unit is left running, the role goes
 * again, audited and announced with {@link RoleRevoked} so open sessions end. Ending an appointment with a last
 * day in the past does that at once; an appointment that runs out by its end date is handled by
 * {@link CultureBearerJobs}. A role an administrator granted by hand is never taken by the register.
 */
@Service
@Transactional
public class CultureBearerRegister {

    private final CultureBearerAppointmentRepository appointments;
    private final PersonRepository people;
    private final UnitRepository units;
    private final RoleAssignmentRepository roleAssignments;
    private final AccessControl access;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CultureBearerRegister(CultureBearerAppointmentRepository appointments, PersonRepository people,
            UnitRepository units, RoleAssignmentRepository roleAssignments, AccessControl access,
            CurrentPerson currentPerson, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.appointments = appointments;
        this.people = people;
        this.units = units;
        this.roleAssignments = roleAssignments;
        this.access = access;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('LINE_MANAGER', 'ADMIN')")
    public long appoint(long personId, Set<Long> unitIds, Set<String> topicCodes, LocalDate from,
            @Nullable LocalDate to) {
        if (unitIds.isEmpty()) {
            throw new IllegalArgumentException("culture-bearer.error.no-units");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("culture-bearer.error.period");
        }
        var person = people.findById(personId).orElseThrow();
        if (person.getUnit() == null || !mayManage(person.getUnit().id())) {
            throw new AccessDeniedException("The person does not work in a unit you lead");
        }
        var covered = new HashSet<Unit>();
        for (var unitId : unitIds) {
            if (!mayManage(unitId)) {
                throw new AccessDeniedException("You do not lead unit " + unitId);
            }
            covered.add(units.findById(unitId).orElseThrow());
        }
        for (var existing : appointments.findByPersonId(personId)) {
            boolean sameUnit = existing.getUnits().stream().anyMatch(covered::contains);
            if (sameUnit && existing.overlaps(from, to)) {
                throw new IllegalStateException("culture-bearer.error.overlap");
            }
        }
        var appointment = appointments.save(new CultureBearerAppointment(person, covered, topicCodes, from, to,
                currentPerson.id().orElse(null)));
        ensureRole(person, covered);
        audit.record("CULTURE_BEARER_APPOINTED", "CultureBearerAppointment", appointment.id(),
                "person=" + personId + " units=" + unitIds);
        return appointment.id();
    }

    @PreAuthorize("hasAnyRole('LINE_MANAGER', 'ADMIN')")
    public void end(long appointmentId, LocalDate lastDay) {
        var appointment = appointments.findById(appointmentId).orElseThrow();
        for (var unit : appointment.getUnits()) {
            if (!mayManage(unit.id())) {
                throw new AccessDeniedException("You do not lead unit " + unit.id());
            }
        }
        appointment.endOn(lastDay);
        audit.record("CULTURE_BEARER_ENDED", "CultureBearerAppointment", appointmentId, "lastDay=" + lastDay);
        // Ended before today: the role goes now. A last day still to come keeps it until the job sees it pass.
        var today = LocalDate.now(clock);
        if (appointment.getValidTo() != null && appointment.getValidTo().isBefore(today)) {
            revoke(roleAssignments.findCultureBearerRolesNoLongerNeeded(appointment.getPerson().id(), today),
                    "appointment " + appointmentId + " ended");
        }
    }

    /**
     * Takes away every culture-bearer role an appointment gave that no appointment still needs; returns how many.
     * For {@link CultureBearerJobs} (runs as "system"): housekeeping that removes only what nothing justifies any
     * more, so it needs no caller's role.
     */
    int revokeRolesNoLongerNeeded() {
        var roles = roleAssignments.findCultureBearerRolesNoLongerNeeded(null, LocalDate.now(clock));
        revoke(roles, "appointment ran out");
        return roles.size();
    }

    private void revoke(List<RoleAssignment> roles, String reason) {
        for (var role : roles) {
            var personId = role.getPerson().id();
            roleAssignments.delete(role);
            audit.record("ROLE_REVOKED", "Person", personId,
                    Role.CULTURE_BEARER + " " + ScopeType.UNIT + ":" + role.getScopeId() + " (" + reason + ")");
            events.publishEvent(new RoleRevoked(personId, Role.CULTURE_BEARER));
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AppointmentView> ofOrganisation(long organisationId) {
        var today = LocalDate.now(clock);
        return appointments.findByOrganisation(organisationId).stream()
                .map(a -> AppointmentView.of(a, today)).toList();
    }

    /** The current person's own appointments, newest first: what a culture bearer covers. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AppointmentView> mine() {
        var today = LocalDate.now(clock);
        return currentPerson.id().map(id -> appointments.findByPersonId(id).stream()
                .map(a -> AppointmentView.of(a, today)).toList()).orElse(List.of());
    }

    /** Appointments covering any of the given units, which the caller must be allowed to manage. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LINE_MANAGER', 'ADMIN')")
    public List<AppointmentView> ofUnits(Set<Long> unitIds) {
        for (var unitId : unitIds) {
            if (!mayManage(unitId)) {
                throw new AccessDeniedException("You do not lead unit " + unitId);
            }
        }
        var today = LocalDate.now(clock);
        return unitIds.stream().flatMap(id -> units.findById(id).stream())
                .flatMap(u -> appointments.findByOrganisation(u.getOrganisation().id()).stream())
                .distinct()
                .filter(a -> a.getUnits().stream().anyMatch(u -> unitIds.contains(u.id())))
                .map(a -> AppointmentView.of(a, today)).toList();
    }

    /** Whether the current person may appoint to and end appointments for a unit. */
    @Transactional(readOnly = true)
    public boolean mayManageUnit(long unitId) {
        return mayManage(unitId);
    }

    private boolean mayManage(long unitId) {
        return access.coversUnit(Role.LINE_MANAGER, unitId) || access.hasRole(Role.ADMIN);
    }

    private void ensureRole(Person person, Set<Unit> covered) {
        // The culture-bearer role follows the appointment, so the queue and training log open for the person.
        // A role already there stays as it was: one given by hand is not the appointment's to take away later.
        for (var unit : covered) {
            if (!roleAssignments.existsByPersonIdAndRoleAndScopeTypeAndScopeId(person.id(), Role.CULTURE_BEARER,
                    ScopeType.UNIT, unit.id())) {
                var role = new RoleAssignment(person, Role.CULTURE_BEARER, ScopeType.UNIT, unit.id(),
                        currentPerson.id().orElse(null), clock.instant());
                role.markFromAppointment();
                roleAssignments.save(role);
            }
        }
    }

    /** An appointment for display. */
    public record AppointmentView(long id, long personId, String personName, List<String> unitNames,
            Set<String> topicCodes, LocalDate validFrom, @Nullable LocalDate validTo, boolean active,
            Set<Long> unitIds) {

        static AppointmentView of(CultureBearerAppointment a, LocalDate today) {
            return new AppointmentView(a.id(), a.getPerson().id(), a.getPerson().getName(),
                    a.getUnits().stream().map(Unit::getName).sorted().toList(), Set.copyOf(a.getTopicCodes()),
                    a.getValidFrom(), a.getValidTo(), a.isActiveOn(today),
                    a.getUnits().stream().map(Unit::id).collect(java.util.stream.Collectors.toSet()));
        }
    }
}
