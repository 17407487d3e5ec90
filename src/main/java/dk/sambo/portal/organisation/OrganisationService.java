package dk.sambo.portal.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dk.sambo.portal.organisation.domain.Cluster;
import dk.sambo.portal.organisation.domain.ClusterRepository;
import dk.sambo.portal.organisation.domain.CultureBearerAppointmentRepository;
import dk.sambo.portal.organisation.domain.Organisation;
import dk.sambo.portal.organisation.domain.OrganisationRepository;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;
import dk.sambo.portal.organisation.domain.Unit;
import dk.sambo.portal.organisation.domain.UnitRepository;

/**
 * Read side of the organisation model for views and other features. Reference data (clusters, organisations,
 * units, topics) is public to every logged-in person; people are returned only as summaries.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganisationService {

    private final ClusterRepository clusters;
    private final OrganisationRepository organisations;
    private final UnitRepository units;
    private final PersonRepository people;
    private final RoleAssignmentRepository assignments;
    private final CultureBearerAppointmentRepository appointments;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    OrganisationService(ClusterRepository clusters, OrganisationRepository organisations, UnitRepository units,
            PersonRepository people, RoleAssignmentRepository assignments,
            CultureBearerAppointmentRepository appointments, CurrentPerson currentPerson, Clock clock) {
        this.clusters = clusters;
        this.organisations = organisations;
        this.units = units;
        this.people = people;
        this.assignments = assignments;
        this.appointments = appointments;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    public List<ClusterSummary> clusters() {
        return clusters.findByActiveTrueOrderByName().stream().map(ClusterSummary::of).toList();
    }

    public Optional<ClusterSummary> cluster(long id) {
        return clusters.findById(id).map(ClusterSummary::of);
    }

    public List<OrganisationSummary> organisations() {
        return organisations.findAllByOrderByName().stream().map(OrganisationSummary::of).toList();
    }

    public List<OrganisationSummary> organisationsServing(long clusterId) {
        return organisations.findServingCluster(clusterId).stream().map(OrganisationSummary::of).toList();
    }

    public Optional<OrganisationSummary> organisation(long id) {
        return organisations.findById(id).map(OrganisationSummary::of);
    }

    public List<UnitSummary> unitsOf(long organisationId) {
        return units.findByOrganisationIdOrderByPath(organisationId).stream().map(UnitSummary::of).toList();
    }

    /** The organisation's open units in tree order: what a unit picker offers (closed units are never chosen). */
    public List<UnitSummary> openUnitsOf(long organisationId) {
        return units.findByOrganisationIdOrderByPath(organisationId).stream().filter(u -> !u.isClosed())
                .map(UnitSummary::of).toList();
    }

    public Optional<UnitSummary> unit(long id) {
        return units.findById(id).map(UnitSummary::of);
    }

    public Optional<PersonSummary> person(long id) {
        return people.findById(id).map(PersonSummary::of);
    }

    /** Several units by id in one read, for a screen that shows many rows; ids not found are left out. */
    public Map<Long, UnitSummary> units(Collection<Long> ids) {
        var result = new LinkedHashMap<Long, UnitSummary>();
        if (ids.isEmpty()) {
            return result;
        }
        units.findAllById(Set.copyOf(ids)).forEach(u -> result.put(u.id(), UnitSummary.of(u)));
        return result;
    }

    /** Several people by id in one read, for a screen that shows many rows; ids not found are left out. */
    public Map<Long, PersonSummary> people(Collection<Long> ids) {
        var result = new LinkedHashMap<Long, PersonSummary>();
        if (ids.isEmpty()) {
            return result;
        }
        people.findAllById(Set.copyOf(ids)).forEach(p -> result.put(p.id(), PersonSummary.of(p)));
        return result;
    }

    /**
     * Active people working in a unit or the units below it, by name: the colleagues a culture bearer picks as
     * participants of a training, and who an organiser can add as co-organiser.
     */
    public List<PersonSummary> activePeopleIn(long unitId) {
        return units.findById(unitId)
                .map(u -> people.findActiveInSubtree(u.getPath(), PageRequest.of(0, 1000)).stream()
                        .map(PersonSummary::of).toList())
                .orElse(List.of());
    }

    /** The logged-in person's own profile: always allowed, it is their own data. */
    public Profile myProfile() {
        var person = people.findById(currentPerson.requireId()).orElseThrow();
        var grants = assignments.findActiveByPersonId(person.id()).stream().map(this::describe).toList();
        var unit = person.getUnit();
        List<PersonSummary> leaders = List.of();
        List<PersonSummary> bearers = List.of();
        List<String> clusterNames = List.of();
        Long clusterId = null;
        String sector = null;
        if (unit != null) {
            leaders = lineManagersOf(unit).stream().filter(p -> p.id() != person.id()).toList();
            if (leaders.isEmpty()) {
                // A line manager's own leader is the manager of managers above them.
                leaders = assignments.findSeniorManagersOver(unit.getOrganisation().id(), unit.getPath()).stream()
                        .filter(p -> p.id() != person.id()).map(PersonSummary::of).toList();
            }
            bearers = cultureBearersCovering(unit.id(), null).stream().filter(p -> p.id() != person.id()).toList();
            var unitClusters = unit.effectiveClusters().stream().sorted(Comparator.comparing(Cluster::getName))
                    .toList();
            clusterNames = unitClusters.stream().map(Cluster::getName).toList();
            clusterId = unitClusters.size() == 1 ? unitClusters.getFirst().id() : null;
            sector = unit.getOrganisation().getSector().name();
        }
        return new Profile(PersonSummary.of(person), grants, clusterId, clusterNames, sector, leaders, bearers,
                person.getPreferredLanguage());
    }

    /** The line managers nearest above a person's unit: the people who approve sign-ups and appoint. */
    public List<PersonSummary> lineManagersOfPerson(long personId) {
        var unit = people.findById(personId).map(Person::getUnit).orElse(null);
        return unit == null ? List.of() : lineManagersOf(unit);
    }

    /**
     * {@link #lineManagersOfPerson} for several people at once, in three reads however many they are (issue 15: the
     * line manager's start page asked for each pending sign-up's managers one person at a time). People without a
     * unit map to no managers; ids not found are left out.
     */
    public Map<Long, List<PersonSummary>> lineManagersOfPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var found = people.findAllById(Set.copyOf(personIds));
        var unitIds = found.stream().map(Person::getUnit).filter(Objects::nonNull).map(Unit::id)
                .collect(Collectors.toSet());
        var scopes = unitIds.isEmpty() ? List.<Object[]>of() : assignments.findLineManagerScopesAbove(unitIds);
        var byUnit = new HashMap<Long, List<PersonSummary>>();
        var result = new LinkedHashMap<Long, List<PersonSummary>>();
        for (var person : found) {
            var unit = person.getUnit();
            result.put(person.id(), unit == null ? List.of()
                    : byUnit.computeIfAbsent(unit.id(), id -> nearestManagers(unit.getPath(), scopes)));
        }
        return result;
    }

    /** Of the line managers' unit scopes, those nearest above {@code path}: the deepest level, by name. */
    private static List<PersonSummary> nearestManagers(String path, List<Object[]> scopes) {
        String nearest = null;
        for (var row : scopes) {
            var scopePath = (String) row[1];
            if (path.startsWith(scopePath) && (nearest == null || scopePath.length() > nearest.length())) {
                nearest = scopePath;
            }
        }
        var managers = new LinkedHashMap<Long, Person>();
        for (var row : scopes) {
            if (((String) row[1]).equals(nearest)) {
                var manager = ((RoleAssignment) row[0]).getPerson();
                managers.putIfAbsent(manager.id(), manager);
            }
        }
        return managers.values().stream().sorted(Comparator.comparing(Person::getName)).map(PersonSummary::of)
                .toList();
    }

    private List<PersonSummary> lineManagersOf(Unit unit) {
        var above = assignments.findLineManagersAbove(unit.getPath());
        if (above.isEmpty()) {
            return List.of();
        }
        // Only the nearest level: the ward's own leader, not the whole chain above.
        var nearestPaths = nearestPathsOf(above, unit);
        var nearest = new ArrayList<PersonSummary>();
        var nearestPath = nearestPaths.getOrDefault(above.getFirst().id(), "");
        for (var p : above) {
            if (nearestPaths.getOrDefault(p.id(), "").equals(nearestPath)
                    && nearest.stream().noneMatch(n -> n.id() == p.id())) {
                nearest.add(PersonSummary.of(p));
            }
        }
        return nearest;
    }

    /** Per manager, the path of the deepest unit above {@code unit} they manage, from two reads in all. */
    private Map<Long, String> nearestPathsOf(List<Person> managers, Unit unit) {
        var grants = assignments.findActiveByPersonIdIn(managers.stream().map(Person::id).collect(Collectors.toSet()))
                .stream().filter(a -> a.getRole() == Role.LINE_MANAGER && a.getScopeType() == ScopeType.UNIT
                        && a.getScopeId() != null)
                .toList();
        var paths = new HashMap<Long, String>();
        units.findAllById(grants.stream().map(RoleAssignment::getScopeId).collect(Collectors.toSet()))
                .forEach(u -> paths.put(u.id(), u.getPath()));
        var result = new HashMap<Long, String>();
        for (var a : grants) {
            var path = paths.getOrDefault(a.getScopeId(), "");
            if (unit.getPath().startsWith(path)) {
                result.merge(a.getPerson().id(), path, (x, y) -> x.length() >= y.length() ? x : y);
            }
        }
        return result;
    }

    /**
     * Culture bearers active today for a unit (appointed to it or to a unit above it). With a topic, those whose
     * appointment covers the topic or all topics.
     */
    public List<PersonSummary> cultureBearersCovering(long unitId, String topicCode) {
        var unit = units.findById(unitId).orElse(null);
        if (unit == null) {
            return List.of();
        }
        return appointments.findActiveCovering(unit.getPath(), LocalDate.now(clock)).stream()
                .filter(a -> topicCode == null || a.getTopicCodes().isEmpty()
                        || a.getTopicCodes().contains(topicCode))
                .map(a -> PersonSummary.of(a.getPerson())).distinct().toList();
    }

    /**
     * Active people holding a role with exactly this scope (the implementing level of one cluster, the strategic
     * level of the region), for features that must tell them something. REGION scope takes a null id.
     */
    public List<PersonSummary> roleHolders(Role role, ScopeType scopeType, @Nullable Long scopeId) {
        return assignments.findActiveHolders(role).stream()
                .filter(a -> a.getScopeType() == scopeType && Objects.equals(a.getScopeId(), scopeId))
                .map(a -> PersonSummary.of(a.getPerson())).distinct().toList();
    }

    private GrantView describe(RoleAssignment a) {
        return new GrantView(a.id(), a.getRole(), a.getScopeType(), a.getScopeId(),
                scopeName(a.getScopeType(), a.getScopeId()));
    }

    String scopeName(ScopeType type, Long id) {
        return switch (type) {
            case REGION -> "Region Syddanmark";
            case CLUSTER -> clusters.findById(id).map(Cluster::getName).orElse("?");
            case ORGANISATION -> organisations.findById(id).map(Organisation::getName).orElse("?");
            case UNIT -> units.findById(id).map(u -> u.getName() + ", " + u.getOrganisation().getName())
                    .orElse("?");
        };
    }
}
