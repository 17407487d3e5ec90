package dk.sambo.portal.materials;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.OrganisationLeaders;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
import dk.sambo.portal.shared.scheduling.SystemTask;

/**
 * The launch package's cascade in the demo, so every state shows (issue 13): in Lillebælt Sygehus Lillebælt and
 * Middelfart have passed it on locally, Vejle and psychiatry have received it, Fredericia and general practice have
 * it without confirming, and Kolding Kommune has not had it yet (the implementing level's demo account forwards it,
 * the director confirms). Sønderjylland has one organisation of each state; Fyn and Sydvestjylland have none.
 */
@Component
@Profile("demo")
@Order(52)
class LaunchCascadeDemoData implements ApplicationRunner {

    /** Organisation code to state, per cluster code. Organisations not listed are not forwarded. */
    static final Map<String, Map<String, LaunchCascade.State>> PLAN = Map.of(
            "LILLEBAELT", Map.of(
                    "SYGEHUS_LILLEBAELT", LaunchCascade.State.PASSED_ON,
                    "MIDDELFART_KOMMUNE", LaunchCascade.State.PASSED_ON,
                    "VEJLE_KOMMUNE", LaunchCascade.State.RECEIVED,
                    "PSYKIATRIEN_I_REGION_SYDDANMARK", LaunchCascade.State.RECEIVED,
                    "FREDERICIA_KOMMUNE", LaunchCascade.State.FORWARDED,
                    "ALMEN_PRAKSIS_PLO_SYDDANMARK", LaunchCascade.State.FORWARDED),
            "SOENDERJYLLAND", Map.of(
                    "SYGEHUS_SOENDERJYLLAND", LaunchCascade.State.PASSED_ON,
                    "SOENDERBORG_KOMMUNE", LaunchCascade.State.PASSED_ON,
                    "AABENRAA_KOMMUNE", LaunchCascade.State.RECEIVED,
                    "HADERSLEV_KOMMUNE", LaunchCascade.State.FORWARDED));

    private final LaunchCascadeRepository rows;
    private final OrganisationService organisation;
    private final OrganisationLeaders leaders;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LaunchCascadeDemoData(LaunchCascadeRepository rows, OrganisationService organisation,
            OrganisationLeaders leaders, TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.organisation = organisation;
        this.leaders = leaders;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        SystemTask.run(() -> transactions.execute(status -> {
            var now = clock.instant();
            for (var cluster : organisation.clusters()) {
                var plan = PLAN.getOrDefault(cluster.code(), Map.of());
                var forwarder = forwarder(cluster);
                for (var o : organisation.organisationsServing(cluster.id())) {
                    var state = plan.get(o.code());
                    if (state == null) {
                        continue;
                    }
                    var row = new LaunchCascadeRow(cluster.id(), o.id(), now.minus(Duration.ofDays(45)), forwarder);
                    var leader = leaders.of(o.id(), cluster.id()).stream().findFirst()
                            .map(l -> l.person().id()).orElse(null);
                    if (state == LaunchCascade.State.RECEIVED || state == LaunchCascade.State.PASSED_ON) {
                        row.received(now.minus(Duration.ofDays(38)), leader);
                    }
                    if (state == LaunchCascade.State.PASSED_ON) {
                        row.passedOn(now.minus(Duration.ofDays(21)), leader);
                    }
                    if (state == LaunchCascade.State.FORWARDED) {
                        row.reminded(now.minus(Duration.ofDays(10)));
                    }
                    rows.save(row);
                }
            }
            return null;
        }));
    }

    private Long forwarder(ClusterSummary cluster) {
        return organisation.roleHolders(Role.IMPLEMENTING, ScopeType.CLUSTER, cluster.id()).stream().findFirst()
                .map(PersonSummary::id).orElse(null);
    }
}
