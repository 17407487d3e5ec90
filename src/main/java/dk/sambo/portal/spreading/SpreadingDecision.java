package dk.sambo.portal.spreading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/** One initiative considered for spreading, and the decision. */
@Entity
@Table(name = "spreading_decision")
class SpreadingDecision extends AbstractEntity {

    @Column(name = "cluster_id")
    private @Nullable Long clusterId;
    @Column(nullable = false, length = 200)
    @NoPatientData private String title = "";
    @Column(length = 4000) @NoPatientData private @Nullable String summary;
    @Column(length = 4000) @NoPatientData private @Nullable String gains;
    @Column(name = "gains_documented", nullable = false) private boolean gainsDocumented;
    @Column(name = "strength_and_will", length = 4000) @NoPatientData private @Nullable String strengthAndWill;
    @Column(length = 4000) @NoPatientData private @Nullable String costs;
    @Column(name = "support_and_ownership", length = 4000) @NoPatientData private @Nullable String supportAndOwnership;
    @Column(length = 4000) @NoPatientData private @Nullable String actors;
    @Column(name = "links_to_other", length = 4000) @NoPatientData private @Nullable String linksToOther;
    @Column(name = "core_activities", length = 4000) @NoPatientData private @Nullable String coreActivities;
    @Column(name = "local_activities", length = 4000) @NoPatientData private @Nullable String localActivities;
    @Column(name = "core_ways", length = 4000) @NoPatientData private @Nullable String coreWays;
    @Column(name = "local_ways", length = 4000) @NoPatientData private @Nullable String localWays;
    @Column(name = "core_organisation", length = 4000) @NoPatientData private @Nullable String coreOrganisation;
    @Column(name = "local_organisation", length = 4000) @NoPatientData private @Nullable String localOrganisation;
    @Column(name = "implementation_keys", nullable = false, length = 400) private String implementationKeys = "";
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20) private Decision decision = Decision.PENDING;
    @Column(name = "decided_on") private @Nullable LocalDate decidedOn;
    @Column(name = "created_by") private @Nullable Long createdBy;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt = Instant.EPOCH;

    protected SpreadingDecision() {
    }

    SpreadingDecision(@Nullable Long createdBy) {
        this.createdBy = createdBy;
    }

    void apply(SpreadingDecisions.Draft d, Instant now) {
        clusterId = d.clusterId();
        title = d.title().strip();
        summary = d.summary();
        gains = d.gains();
        gainsDocumented = d.gainsDocumented();
        strengthAndWill = d.strengthAndWill();
        costs = d.costs();
        supportAndOwnership = d.supportAndOwnership();
        actors = d.actors();
        linksToOther = d.linksToOther();
        coreActivities = d.coreActivities();
        localActivities = d.localActivities();
        coreWays = d.coreWays();
        localWays = d.localWays();
        coreOrganisation = d.coreOrganisation();
        localOrganisation = d.localOrganisation();
        implementationKeys = d.keys().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        decision = d.decision();
        decidedOn = d.decision() == Decision.PENDING ? null : d.decidedOn();
        updatedAt = now;
    }

    @Nullable Long clusterId() {
        return clusterId;
    }

    SpreadingDecisions.View toView(String clusterName) {
        Set<ImplementationKey> keys = implementationKeys.isBlank() ? EnumSet.noneOf(ImplementationKey.class)
                : Arrays.stream(implementationKeys.split(",")).map(ImplementationKey::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ImplementationKey.class)));
        return new SpreadingDecisions.View(id(), getVersion(), clusterName, new SpreadingDecisions.Draft(clusterId,
                title, summary, gains, gainsDocumented, strengthAndWill, costs, supportAndOwnership, actors,
                linksToOther, coreActivities, localActivities, coreWays, localWays, coreOrganisation,
                localOrganisation, keys, decision, decidedOn), updatedAt);
    }
}
