package dk.sambo.portal.materials;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationSummary;
import dk.sambo.portal.organisation.OrganisationLeaders;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.shared.RuleViolation;

/**
 * The launch package's cascade (seed 000, issue 13): each health cluster's implementing level forwards the launch
 * package to every organisation the cluster serves; the organisation's leaders (managers of managers and line
 * managers with a scope in the organisation, towards that cluster) confirm that it arrived ("modtaget") and, later,
 * that they passed it on locally ("givet videre lokalt"). Organisations that have not passed it on are reminded.
 *
 * <p>Who may do what, checked here and not only in the views:
 * <ul>
 * <li>read a cluster's status: its implementing, strategic and political levels (cluster or region scope) and
 * administrators;</li>
 * <li>forward and remind by hand: the cluster's implementing level and administrators, never a political-only
 * caller;</li>
 * <li>confirm receipt and passing on: the organisation's leaders towards the row's cluster only.</li>
 * </ul>
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class LaunchCascade {

    static final String SUBJECT = "LaunchPackageCascade";
    static final String START_PAGE = "";

    /** Where an organisation is in the cascade; in this order the missing ones come first. */
    public enum State {
        NOT_FORWARDED, FORWARDED, RECEIVED, PASSED_ON
    }

    /** One organisation a cluster serves, with its cascade status. Names are of staff, never of citizens. */
    public record OrganisationStatus(long clusterId, long organisationId, String organisationName, State state,
            @Nullable Long rowId, @Nullable Instant forwardedAt, @Nullable String forwardedBy,
            @Nullable Instant receivedAt, @Nullable String receivedBy, @Nullable Role receivedByRole,
            @Nullable Instant passedOnAt, @Nullable String passedOnBy, @Nullable Role passedOnByRole,
            @Nullable Instant lastRemindedAt, int receivers) {

        public boolean missing() {
            return state != State.PASSED_ON;
        }
    }

    /** The launch package as one of the organisation's leaders sees it arrive from one cluster. */
    public record Arrival(long rowId, long clusterId, String clusterName, long organisationId,
            String organisationName, Instant forwardedAt, @Nullable Instant receivedAt, @Nullable Instant passedOnAt) {

        public State state() {
            return passedOnAt != null ? State.PASSED_ON : receivedAt != null ? State.RECEIVED : State.FORWARDED;
        }
    }

    private final LaunchCascadeRepository rows;
    private final OrganisationService organisation;
    private final OrganisationLeaders leaders;
    private final AccessControl access;
    private final CurrentPerson currentPerson;
    private final LaunchCascadeNotices notices;
    private final AuditLog audit;
    private final java.time.Clock clock;

    LaunchCascade(LaunchCascadeRepository rows, OrganisationService organisation, OrganisationLeaders leaders,
            AccessControl access, CurrentPerson currentPerson, LaunchCascadeNotices notices, AuditLog audit,
            java.time.Clock clock) {
        this.rows = rows;
        this.organisation = organisation;
        this.leaders = leaders;
        this.access = access;
        this.currentPerson = currentPerson;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Clusters whose cascade the caller may read, by name. */
    @Transactional(readOnly = true)
    public List<ClusterSummary> clustersICanSee() {
        return organisation.clusters().stream().filter(c -> canRead(c.id())).toList();
    }

    /** True if the caller may forward and remind in the cluster. */
    @Transactional(readOnly = true)
    public boolean canManage(long clusterId) {
        return !access.readOnly() && (access.hasRole(Role.ADMIN) || access.coversCluster(Role.IMPLEMENTING, clusterId));
    }

    /** Every organisation the cluster serves with its status: the missing ones first, then by name. */
    @Transactional(readOnly = true)
    public List<OrganisationStatus> status(long clusterId) {
        requireRead(clusterId);
        var byOrganisation = new java.util.HashMap<Long, LaunchCascadeRow>();
        rows.findByClusterId(clusterId).forEach(r -> byOrganisation.put(r.organisationId(), r));
        var result = new ArrayList<OrganisationStatus>();
        var leadersByOrganisation = leaders.ofCluster(clusterId);
        for (var o : organisation.organisationsServing(clusterId)) {
            result.add(statusOf(clusterId, o, byOrganisation.get(o.id()),
                    leadersByOrganisation.getOrDefault(o.id(), List.of())));
        }
        result.sort(Comparator.comparing(OrganisationStatus::state)
                .thenComparing(OrganisationStatus::organisationName));
        return result;
    }

    /** Forwards the package to one organisation and notifies its leaders. */
    public long forward(long clusterId, long organisationId) {
        requireManage(clusterId);
        var target = servedOrganisation(clusterId, organisationId);
        if (rows.findByClusterIdAndOrganisationId(clusterId, organisationId).isPresent()) {
            throw new RuleViolation("materials.cascade.error.already-forwarded");
        }
        return forwardTo(clusterId, target);
    }

    /** Forwards the package to every organisation of the cluster that has not had it; returns how many. */
    public int forwardToAll(long clusterId) {
        requireManage(clusterId);
        int count = 0;
        for (var o : organisation.organisationsServing(clusterId)) {
            if (rows.findByClusterIdAndOrganisationId(clusterId, o.id()).isEmpty()) {
                forwardTo(clusterId, o);
                count++;
            }
        }
        return count;
    }

    /** Reminds the leaders of an organisation that has not passed the package on, now (by hand). */
    public int remind(long clusterId, long organisationId) {
        requireManage(clusterId);
        var row = rows.findByClusterIdAndOrganisationId(clusterId, organisationId)
                .orElseThrow(() -> new RuleViolation("materials.cascade.error.not-forwarded"));
        if (row.passedOnAt() != null) {
            throw new RuleViolation("materials.cascade.error.already-passed-on");
        }
        return notices.remind(row, "by-hand");
    }

    /** The launch package as it arrived at the organisations the caller leads, per cluster. */
    @Transactional(readOnly = true)
    public List<Arrival> myArrivals() {
        var result = new ArrayList<Arrival>();
        leaders.myOrganisations().forEach((organisationId, clusterIds) -> {
            for (var clusterId : clusterIds) {
                rows.findByClusterIdAndOrganisationId(clusterId, organisationId).ifPresent(r -> result.add(
                        new Arrival(r.id(), clusterId, clusterName(clusterId), organisationId,
                                organisationName(organisationId), r.forwardedAt(), r.receivedAt(),
                                r.passedOnAt())));
            }
        });
        result.sort(Comparator.comparing(Arrival::organisationName).thenComparing(Arrival::clusterName));
        return result;
    }

    /** The organisation confirms that the package arrived ("modtaget"); once per row. */
    public void confirmReceived(long rowId) {
        var row = rowForReceiver(rowId);
        if (row.receivedAt() != null) {
            throw new RuleViolation("materials.cascade.error.already-received");
        }
        row.received(clock.instant(), currentPerson.requireId());
        audit.record("LAUNCH_PACKAGE_RECEIVED", SUBJECT, row.id(),
                "cluster=" + row.clusterId() + " organisation=" + row.organisationId());
    }

    /** The organisation confirms that it passed the package on locally ("givet videre lokalt"); after receipt, once. */
    public void confirmPassedOn(long rowId) {
        var row = rowForReceiver(rowId);
        if (row.receivedAt() == null) {
            throw new RuleViolation("materials.cascade.error.not-received");
        }
        if (row.passedOnAt() != null) {
            throw new RuleViolation("materials.cascade.error.already-passed-on");
        }
        row.passedOn(clock.instant(), currentPerson.requireId());
        audit.record("LAUNCH_PACKAGE_PASSED_ON", SUBJECT, row.id(),
                "cluster=" + row.clusterId() + " organisation=" + row.organisationId());
    }

    private long forwardTo(long clusterId, OrganisationSummary target) {
        var row = rows.saveAndFlush(new LaunchCascadeRow(clusterId, target.id(), clock.instant(),
                currentPerson.id().orElse(null)));
        notices.forwarded(row);
        return row.id();
    }

    private OrganisationStatus statusOf(long clusterId, OrganisationSummary o, @Nullable LaunchCascadeRow r,
            List<OrganisationLeaders.Leader> orgLeaders) {
        if (r == null) {
            return new OrganisationStatus(clusterId, o.id(), o.name(), State.NOT_FORWARDED, null, null, null, null,
                    null, null, null, null, null, null, orgLeaders.size());
        }
        var state = r.passedOnAt() != null ? State.PASSED_ON : r.receivedAt() != null ? State.RECEIVED
                : State.FORWARDED;
        return new OrganisationStatus(clusterId, o.id(), o.name(), state, r.id(), r.forwardedAt(),
                name(r.forwardedBy()), r.receivedAt(), name(r.receivedBy()), roleOf(orgLeaders, r.receivedBy()),
                r.passedOnAt(), name(r.passedOnBy()), roleOf(orgLeaders, r.passedOnBy()), r.lastRemindedAt(),
                orgLeaders.size());
    }

    private static @Nullable Role roleOf(List<OrganisationLeaders.Leader> orgLeaders, @Nullable Long personId) {
        if (personId == null) {
            return null;
        }
        return orgLeaders.stream().filter(l -> l.person().id() == personId).map(OrganisationLeaders.Leader::role)
                .findFirst().orElse(null);
    }

    private @Nullable String name(@Nullable Long personId) {
        return personId == null ? null : organisation.person(personId).map(PersonSummary::name).orElse(null);
    }

    private String clusterName(long clusterId) {
        return organisation.cluster(clusterId).map(ClusterSummary::name).orElse("?");
    }

    private String organisationName(long organisationId) {
        return organisation.organisation(organisationId).map(OrganisationSummary::name).orElse("?");
    }

    private OrganisationSummary servedOrganisation(long clusterId, long organisationId) {
        return organisation.organisationsServing(clusterId).stream().filter(o -> o.id() == organisationId)
                .findFirst().orElseThrow(() -> new AccessDeniedException(
                        "Organisation " + organisationId + " does not serve cluster " + clusterId));
    }

    private LaunchCascadeRow rowForReceiver(long rowId) {
        access.requireNotReadOnly();
        var row = rows.findById(rowId).orElseThrow(() -> new AccessDeniedException("No cascade row " + rowId));
        if (leaders.myRoleTowards(row.organisationId(), row.clusterId()).isEmpty()) {
            throw new AccessDeniedException("Only the organisation's leaders towards the cluster confirm");
        }
        return row;
    }

    private boolean canRead(long clusterId) {
        return access.hasRole(Role.ADMIN) || access.coversCluster(Role.IMPLEMENTING, clusterId)
                || access.coversCluster(Role.STRATEGIC, clusterId) || access.coversCluster(Role.POLITICAL, clusterId);
    }

    private void requireRead(long clusterId) {
        if (!canRead(clusterId)) {
            throw new AccessDeniedException("Requires the cluster's levels or ADMIN for cluster " + clusterId);
        }
    }

    private void requireManage(long clusterId) {
        access.requireNotReadOnly();
        if (!access.hasRole(Role.ADMIN) && !access.coversCluster(Role.IMPLEMENTING, clusterId)) {
            throw new AccessDeniedException("Requires IMPLEMENTING for cluster " + clusterId + " or ADMIN");
        }
    }
}
