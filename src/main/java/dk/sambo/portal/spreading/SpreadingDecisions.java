package dk.sambo.portal.spreading;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataGuard;

/**
 * Spreading decisions. The strategic level records and decides, for its cluster (or, at region level, for all);
 * the cluster levels and senior managers read. A decision without a cluster concerns the whole region.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SpreadingDecisions {

    static final Set<Role> READERS = EnumSet.of(Role.STRATEGIC, Role.IMPLEMENTING, Role.POLITICAL,
            Role.SENIOR_MANAGER, Role.ADMIN);

    private final SpreadingDecisionRepository decisions;
    private final AccessControl access;
    private final CurrentPerson currentPerson;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final Clock clock;

    SpreadingDecisions(SpreadingDecisionRepository decisions, AccessControl access, CurrentPerson currentPerson,
            OrganisationService organisation, AuditLog audit, Clock clock) {
        this.decisions = decisions;
        this.access = access;
        this.currentPerson = currentPerson;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything recorded about an initiative. Texts may be null where not filled in yet. */
    public record Draft(@Nullable Long clusterId, @NotBlank(message = "spreading.error.title") String title, @Nullable String summary, @Nullable String gains,
            boolean gainsDocumented, @Nullable String strengthAndWill, @Nullable String costs,
            @Nullable String supportAndOwnership, @Nullable String actors, @Nullable String linksToOther,
            @Nullable String coreActivities, @Nullable String localActivities, @Nullable String coreWays,
            @Nullable String localWays, @Nullable String coreOrganisation, @Nullable String localOrganisation,
            Set<ImplementationKey> keys, Decision decision, @Nullable LocalDate decidedOn) {

        Stream<String> texts() {
            return Stream.of(title, summary, gains, strengthAndWill, costs, supportAndOwnership, actors, linksToOther,
                    coreActivities, localActivities, coreWays, localWays, coreOrganisation, localOrganisation)
                    .filter(s -> s != null && !s.isBlank());
        }
    }

    /** A decision for display. */
    public record View(long id, long version, String clusterName, Draft content, Instant updatedAt) {
    }

    @Transactional(readOnly = true)
    public List<View> visible() {
        return decisions.findAllByOrderByUpdatedAtDesc().stream().filter(d -> mayRead(d.clusterId()))
                .map(this::view).toList();
    }

    /** Decisions not yet made, for the strategic start page. */
    @Transactional(readOnly = true)
    public List<View> inProgress() {
        return visible().stream().filter(v -> v.content().decision() == Decision.PENDING).toList();
    }

    @Transactional(readOnly = true)
    public Optional<View> get(long id) {
        var d = decisions.findById(id).orElse(null);
        if (d == null) {
            return Optional.empty();
        }
        if (!mayRead(d.clusterId())) {
            throw new AccessDeniedException("Spreading decision " + id + " is outside your scope");
        }
        return Optional.of(view(d));
    }

    public long create(Draft draft) {
        requireWriter(draft.clusterId());
        check(draft);
        var decision = new SpreadingDecision(currentPerson.id().orElse(null));
        decision.apply(draft, clock.instant());
        decision = decisions.save(decision);
        audit.record("SPREADING_RECORDED", "SpreadingDecision", decision.id(), "decision=" + draft.decision());
        return decision.id();
    }

    /** Returns the id, as {@link #create} does. */
    public long update(long id, long expectedVersion, Draft draft) {
        var decision = decisions.findById(id).orElseThrow();
        requireWriter(decision.clusterId());
        requireWriter(draft.clusterId());
        if (decision.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Decision " + id + " changed");
        }
        check(draft);
        decision.apply(draft, clock.instant());
        audit.record("SPREADING_CHANGED", "SpreadingDecision", id, "decision=" + draft.decision()
                + (draft.decidedOn() == null ? "" : " on=" + draft.decidedOn()));
        return id;
    }

    /** Clusters the current person may record decisions for; a region-wide strategist also gets null (region). */
    @Transactional(readOnly = true)
    public List<ClusterSummary> writableClusters() {
        return organisation.clusters().stream().filter(c -> mayWrite(c.id())).toList();
    }

    @Transactional(readOnly = true)
    public boolean mayWrite(@Nullable Long clusterId) {
        if (clusterId == null) {
            return access.visibility(Role.STRATEGIC, Role.ADMIN).region();
        }
        return access.coversCluster(Role.STRATEGIC, clusterId) || access.coversCluster(Role.ADMIN, clusterId);
    }

    private boolean mayRead(@Nullable Long clusterId) {
        if (clusterId == null) {
            return access.hasRole(READERS.toArray(Role[]::new));
        }
        for (var role : READERS) {
            if (access.coversCluster(role, clusterId)) {
                return true;
            }
        }
        // A senior manager reads the decisions of the clusters their organisation serves.
        var v = access.visibility(Role.SENIOR_MANAGER);
        return v.organisationIds().stream().flatMap(o -> organisation.organisation(o).stream())
                .anyMatch(o -> o.clusters().stream().anyMatch(c -> c.id() == clusterId));
    }

    private void requireWriter(@Nullable Long clusterId) {
        if (!mayWrite(clusterId)) {
            throw new AccessDeniedException("Only the strategic level of the cluster decides on spreading");
        }
    }

    private void check(Draft draft) {
        RuleViolation.collect()
                .when(draft.title().isBlank(), "title", "spreading.error.title")
                .when(draft.decision() != Decision.PENDING && draft.decidedOn() == null, "decidedOn",
                        "spreading.error.date")
                .throwIfAny();
        draft.texts().forEach(t -> PatientDataGuard.check("spreading.field.text", t));
    }

    private View view(SpreadingDecision d) {
        var name = d.clusterId() == null ? ""
                : organisation.cluster(d.clusterId()).map(ClusterSummary::name).orElse("?");
        return d.toView(name);
    }
}
