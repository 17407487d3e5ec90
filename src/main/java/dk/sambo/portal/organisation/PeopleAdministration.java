package dk.sambo.portal.organisation;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.PersonIdentity;
import dk.sambo.portal.organisation.domain.PersonIdentityRepository;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;
import dk.sambo.portal.organisation.domain.Unit;
import dk.sambo.portal.organisation.domain.UnitRepository;

/** What administrators do to people: find them, create them, grant and revoke roles, deactivate. All audited. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class PeopleAdministration {

    private final PersonRepository people;
    private final UnitRepository units;
    private final RoleAssignmentRepository assignments;
    private final PersonIdentityRepository identities;
    private final OrganisationService organisationService;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder passwordEncoder;
    private final LocalPasswordPolicy passwordPolicy;
    private final Clock clock;

    PeopleAdministration(PersonRepository people, UnitRepository units, RoleAssignmentRepository assignments,
            PersonIdentityRepository identities, OrganisationService organisationService,
            CurrentPerson currentPerson, AuditLog audit, ApplicationEventPublisher events,
            PasswordEncoder passwordEncoder, LocalPasswordPolicy passwordPolicy, Clock clock) {
        this.people = people;
        this.units = units;
        this.assignments = assignments;
        this.identities = identities;
        this.organisationService = organisationService;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> search(String query, Pageable page) {
        return people.search(query.strip(), page).stream().map(PersonSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public long count(String query) {
        return people.countSearch(query.strip());
    }

    @Transactional(readOnly = true)
    public List<GrantView> grantsOf(long personId) {
        return assignments.findByPersonIdOrderByRole(personId).stream()
                .map(a -> new GrantView(a.id(), a.getRole(), a.getScopeType(), a.getScopeId(),
                        organisationService.scopeName(a.getScopeType(), a.getScopeId())))
                .toList();
    }

    /**
     * Creates a person with the STAFF role in their unit, and links an identity-provider account when given
     * (from an access request). Never grants more than STAFF: privileges are always an explicit second step.
     */
    public PersonSummary createPerson(NewPerson data, @Nullable String issuer, @Nullable String subject) {
        var unit = units.findById(data.unitId()).orElseThrow();
        if (unit.isClosed()) {
            throw new UnitAdministration.UnitChangeRefused("orgdata.unit.error.closed");
        }
        var person = people.save(new Person(data.name().strip(), data.jobTitle(), data.email(), unit,
                data.knowledgeTarget()));
        assignments.save(new RoleAssignment(person, Role.STAFF, ScopeType.UNIT, unit.id(),
                currentPerson.id().orElse(null), clock.instant()));
        if (issuer != null && subject != null) {
            identities.save(new PersonIdentity(person, issuer, subject, clock.instant()));
        }
        audit.record("PERSON_CREATED", "Person", person.id(), "unit=" + unit.id());
        return PersonSummary.of(person);
    }

    public GrantView grant(long personId, Role role, ScopeType scopeType, @Nullable Long scopeId) {
        var person = people.findById(personId).orElseThrow();
        boolean exists = scopeId == null
                ? assignments.existsByPersonIdAndRoleAndScopeTypeAndScopeIdIsNull(personId, role, scopeType)
                : assignments.existsByPersonIdAndRoleAndScopeTypeAndScopeId(personId, role, scopeType, scopeId);
        if (exists) {
            throw new IllegalStateException("The person already holds this role in this scope");
        }
        if (scopeType == ScopeType.UNIT && scopeId != null && units.findById(scopeId).filter(Unit::isClosed).isPresent()) {
            throw new UnitAdministration.UnitChangeRefused("orgdata.unit.error.closed");
        }
        var assignment = assignments.save(new RoleAssignment(person, role, scopeType, scopeId,
                currentPerson.id().orElse(null), clock.instant()));
        audit.record("ROLE_GRANTED", "Person", personId, role + " " + scopeType + (scopeId == null ? "" : ":" + scopeId));
        return new GrantView(assignment.id(), role, scopeType, scopeId,
                organisationService.scopeName(scopeType, scopeId));
    }

    public void revoke(long assignmentId) {
        var assignment = assignments.findById(assignmentId).orElseThrow();
        var personId = assignment.getPerson().id();
        assignments.delete(assignment);
        audit.record("ROLE_REVOKED", "Person", personId, assignment.getRole() + " " + assignment.getScopeType()
                + (assignment.getScopeId() == null ? "" : ":" + assignment.getScopeId()));
        events.publishEvent(new RoleRevoked(personId, assignment.getRole()));
    }

    public void deactivate(long personId) {
        if (currentPerson.id().filter(id -> id == personId).isPresent()) {
            throw new IllegalStateException("Administrators cannot deactivate themselves");
        }
        var person = people.findById(personId).orElseThrow();
        person.setActive(false);
        audit.record("PERSON_DEACTIVATED", "Person", personId, null);
        events.publishEvent(new PersonDeactivated(personId));
    }

    public void reactivate(long personId) {
        people.findById(personId).orElseThrow().setActive(true);
        audit.record("PERSON_REACTIVATED", "Person", personId, null);
    }

    /**
     * Sets a local account's user name and password. The password must meet {@link LocalPasswordPolicy} (issue 10,
     * ASVS 5.0 V6.2), or {@link LocalPasswordPolicy.WeakPasswordException} names every reason.
     */
    public void setLocalPassword(long personId, String username, String rawPassword) {
        passwordPolicy.check(username, rawPassword);
        var person = people.findById(personId).orElseThrow();
        person.setLocalAccount(username, passwordEncoder.encode(rawPassword));
        audit.record("LOCAL_PASSWORD_SET", "Person", personId, null);
        events.publishEvent(new LocalPasswordSet(personId));
    }

    /** The data an administrator enters for a new person. */
    public record NewPerson(String name, @Nullable String jobTitle, @Nullable String email, long unitId,
            KnowledgeTarget knowledgeTarget) {
    }
}
