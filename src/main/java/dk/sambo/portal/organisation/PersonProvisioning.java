package dk.sambo.portal.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.shared.privacy.PatientDataGuard;
import dk.sambo.portal.organisation.domain.OrgDataQueries;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;
import dk.sambo.portal.organisation.domain.Unit;
import dk.sambo.portal.organisation.domain.UnitRepository;

/**
 * What an identity provider's provisioning (SCIM) may do to people of one organisation: create, update, move
 * between the organisation's units (by unit code) and deactivate them. Never deletes anyone and never grants more
 * than STAFF in the person's unit. Every change is audited with the provisioning client as actor.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SCIM')")
public class PersonProvisioning {

    private final PersonRepository people;
    private final UnitRepository units;
    private final OrgDataQueries queries;
    private final RoleAssignmentRepository assignments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonProvisioning(PersonRepository people, UnitRepository units, OrgDataQueries queries,
            RoleAssignmentRepository assignments, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.units = units;
        this.queries = queries;
        this.assignments = assignments;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A person as provisioning sees them. */
    public record ProvisionedPerson(long id, @Nullable String email, String name, @Nullable String jobTitle,
            boolean active, @Nullable Long unitId, @Nullable String unitCode, @Nullable Long organisationId) {

        static ProvisionedPerson of(Person p) {
            var unit = p.getUnit();
            return new ProvisionedPerson(p.id(), p.getEmail(), p.getName(), p.getJobTitle(), p.isActive(),
                    unit == null ? null : unit.id(), unit == null ? null : unit.getCode(),
                    unit == null ? null : unit.getOrganisation().id());
        }
    }

    /** A unit as a SCIM group. */
    public record ProvisionedUnit(long id, @Nullable String code, String name, List<Long> activeMemberIds) {
    }

    /** What the identity provider says about a person. {@code unitCode} null leaves the unit as it is. */
    public record PersonData(String email, String name, @Nullable String jobTitle, boolean active,
            @Nullable String unitCode) {
    }

    @Transactional(readOnly = true)
    public Optional<ProvisionedPerson> find(long personId) {
        return people.findById(personId).map(ProvisionedPerson::of);
    }

    @Transactional(readOnly = true)
    public Optional<ProvisionedPerson> findByEmail(String email) {
        return people.findByEmailIgnoreCase(email.strip().toLowerCase(Locale.ROOT)).map(ProvisionedPerson::of);
    }

    @Transactional(readOnly = true)
    public List<ProvisionedPerson> findAll(Collection<Long> ids) {
        return people.findAllById(ids).stream().map(ProvisionedPerson::of)
                .sorted(java.util.Comparator.comparingLong(ProvisionedPerson::id)).toList();
    }

    /** Ids of the people in the organisation's units, in id order. */
    @Transactional(readOnly = true)
    public List<Long> peopleInOrganisation(long organisationId) {
        return queries.allPeople().stream()
                .filter(p -> p.organisationId() != null && p.organisationId() == organisationId)
                .map(OrgDataQueries.PersonRow::id).sorted().toList();
    }

    /** Creates a person; fails with {@link ProvisioningRefused} if the e-mail is taken or data is not allowed. */
    public ProvisionedPerson create(long organisationId, PersonData data) {
        var email = checked(data).email().strip().toLowerCase(Locale.ROOT);
        if (people.findByEmailIgnoreCase(email).isPresent()) {
            throw new ProvisioningRefused("uniqueness", "A person with this userName already exists");
        }
        var unit = unit(organisationId, data.unitCode());
        var person = people.save(new Person(data.name().strip(), blankToNull(data.jobTitle()), email, unit,
                KnowledgeTarget.OVERALL));
        if (unit != null) {
            assignments.save(new RoleAssignment(person, Role.STAFF, ScopeType.UNIT, unit.id(), null, clock.instant()));
        }
        if (!data.active()) {
            person.setActive(false);
        }
        audit.record("PERSON_CREATED", "Person", person.id(), "scim organisation=" + organisationId
                + (unit == null ? "" : " unit=" + unit.id()));
        return ProvisionedPerson.of(person);
    }

    /** Replaces what provisioning owns of a person: e-mail, name, job title, unit (when given), active. */
    public ProvisionedPerson update(long personId, long organisationId, PersonData data) {
        checked(data);
        var person = people.findById(personId).orElseThrow();
        var email = data.email().strip().toLowerCase(Locale.ROOT);
        if (!email.equals(person.getEmail())) {
            var other = people.findByEmailIgnoreCase(email);
            if (other.isPresent() && other.get().id() != personId) {
                throw new ProvisioningRefused("uniqueness", "Another person has this userName");
            }
            person.setEmail(email);
        }
        person.setName(data.name().strip());
        person.setJobTitle(blankToNull(data.jobTitle()));
        if (data.unitCode() != null) {
            var unit = unit(organisationId, data.unitCode());
            if (unit != null) {
                moveTo(person, unit);
            }
        }
        if (person.isActive() && !data.active()) {
            person.setActive(false);
            audit.record("PERSON_DEACTIVATED", "Person", personId, "scim");
            events.publishEvent(new PersonDeactivated(personId));
        } else if (!person.isActive() && data.active()) {
            person.setActive(true);
            audit.record("PERSON_REACTIVATED", "Person", personId, "scim");
        }
        audit.record("PERSON_UPDATED", "Person", personId, "scim");
        return ProvisionedPerson.of(person);
    }

    /** Deactivates (never deletes): SCIM DELETE ends up here. */
    public void deactivate(long personId) {
        var person = people.findById(personId).orElseThrow();
        if (person.isActive()) {
            person.setActive(false);
            audit.record("PERSON_DEACTIVATED", "Person", personId, "scim");
            events.publishEvent(new PersonDeactivated(personId));
        }
    }

    /** The organisation's units with a code, as groups. */
    @Transactional(readOnly = true)
    public List<ProvisionedUnit> units(long organisationId) {
        return units.findByOrganisationIdOrderByPath(organisationId).stream().filter(u -> !u.isClosed())
                .map(u -> new ProvisionedUnit(u.id(), u.getCode(), u.getName(),
                        people.findActiveInSubtree(u.getPath(), PageRequest.of(0, 10_000)).stream()
                                .filter(p -> p.getUnit() != null && p.getUnit().id() == u.id())
                                .map(Person::id).toList()))
                .toList();
    }

    /** Puts a person in one of the organisation's units (SCIM group membership). */
    public void putInUnit(long personId, long organisationId, long unitId) {
        var unit = units.findById(unitId).filter(u -> u.getOrganisation().id() == organisationId).orElseThrow();
        moveTo(people.findById(personId).orElseThrow(), unit);
    }

    private void moveTo(Person person, Unit unit) {
        var old = person.getUnit();
        if (old != null && old.id() == unit.id()) {
            return;
        }
        if (old != null) {
            for (var role : List.of(Role.STAFF, Role.LINE_MANAGER)) {
                for (var assignment : queries.unitRole(person.id(), old.id(), role)) {
                    assignments.delete(assignment);
                    events.publishEvent(new RoleRevoked(person.id(), role));
                }
            }
        }
        person.setUnit(unit);
        assignments.save(new RoleAssignment(person, Role.STAFF, ScopeType.UNIT, unit.id(), null, clock.instant()));
        audit.record("PERSON_MOVED", "Person", person.id(), "scim unit=" + unit.id());
    }

    private @Nullable Unit unit(long organisationId, @Nullable String code) {
        var clean = UnitAdministration.cleanCode(code);
        return clean == null ? null : queries.unitByCode(organisationId, clean).filter(u -> !u.isClosed()).orElse(null);
    }

    private static PersonData checked(PersonData data) {
        if (data.email() == null || data.email().isBlank() || data.name() == null || data.name().isBlank()) {
            throw new ProvisioningRefused("invalidValue", "userName and a name are required");
        }
        for (var value : new String[] {data.email(), data.name(), data.jobTitle(), data.unitCode()}) {
            if (value != null && PatientDataGuard.find(value).isPresent()) {
                throw new ProvisioningRefused("invalidValue", "A value looks like a CPR number");
            }
        }
        return data;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A request the portal will not carry out; {@code scimType} as RFC 7644 section 3.12 names it. */
    public static class ProvisioningRefused extends RuntimeException {
        private final String scimType;

        public ProvisioningRefused(String scimType, String message) {
            super(message);
            this.scimType = scimType;
        }

        public String scimType() {
            return scimType;
        }
    }
}
