package dk.sambo.portal.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.organisation.OrganisationLeaders;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;

/**
 * The launch package's cascade rows of the role and scope matrix in {@code docs/security.md}, at the service level
 * without any UI, in the style of {@code RoleScopeMatrixTest}: each row is (action, caller, target, allowed?), and
 * every scope boundary has one allowed and one refused caller. Targets are a cluster x organisation row of the demo
 * data ({@link LaunchCascadeDemoData}); callers are demo accounts or {@code lm:<unit>}, the demo line manager of
 * that unit. Boundaries: for the cluster's actions own cluster / other cluster (and an organisation that does not
 * serve the cluster); for the organisation's confirmations own organisation / other organisation in the same
 * cluster / other cluster / the same cross-cluster organisation (psychiatry) towards another cluster. Each row runs
 * in its own rolled-back transaction.
 */
@PortalTest
@Transactional
class LaunchCascadeMatrixTest {

    enum Action {
        STATUS_READ, FORWARD, REMIND, CONFIRM_RECEIVED, CONFIRM_PASSED_ON
    }

    /** A cluster x organisation of the demo cascade, with its demo state. */
    enum Target {
        LB_KOLDING("LILLEBAELT", "KOLDING_KOMMUNE"), // not forwarded
        LB_FREDERICIA("LILLEBAELT", "FREDERICIA_KOMMUNE"), // forwarded
        LB_VEJLE("LILLEBAELT", "VEJLE_KOMMUNE"), // received
        LB_PSYCHIATRY("LILLEBAELT", "PSYKIATRIEN_I_REGION_SYDDANMARK"), // received
        LB_AABENRAA("LILLEBAELT", "AABENRAA_KOMMUNE"), // Aabenraa does not serve Lillebælt
        SJ_TONDER("SOENDERJYLLAND", "TOENDER_KOMMUNE"), // not forwarded
        SJ_HADERSLEV("SOENDERJYLLAND", "HADERSLEV_KOMMUNE"), // forwarded
        SJ_AABENRAA("SOENDERJYLLAND", "AABENRAA_KOMMUNE"), // received
        SJ_PSYCHIATRY("SOENDERJYLLAND", "PSYKIATRIEN_I_REGION_SYDDANMARK"); // forwarded by the test first

        final String cluster;
        final String organisation;

        Target(String cluster, String organisation) {
            this.cluster = cluster;
            this.organisation = organisation;
        }
    }

    static final boolean ALLOW = true;
    static final boolean DENY = false;

    /** The rows; docs/security.md lists the same callers per action. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                // Reading a cluster's status: its implementing, strategic and political levels; administrators.
                row(Action.STATUS_READ, "implementering", Target.LB_KOLDING, ALLOW),
                row(Action.STATUS_READ, "direktoer", Target.LB_KOLDING, DENY),
                row(Action.STATUS_READ, "strategisk", Target.LB_KOLDING, ALLOW),
                row(Action.STATUS_READ, "politiker", Target.LB_KOLDING, ALLOW),
                row(Action.STATUS_READ, "leder", Target.LB_KOLDING, DENY),
                row(Action.STATUS_READ, "region", Target.SJ_HADERSLEV, ALLOW),
                row(Action.STATUS_READ, "implementering", Target.SJ_HADERSLEV, DENY),
                row(Action.STATUS_READ, "admin", Target.SJ_HADERSLEV, ALLOW),
                row(Action.STATUS_READ, "politiker", Target.SJ_HADERSLEV, DENY),
                // Forwarding: the cluster's implementing level; administrators; never the political level.
                row(Action.FORWARD, "implementering", Target.LB_KOLDING, ALLOW),
                row(Action.FORWARD, "strategisk", Target.LB_KOLDING, DENY),
                row(Action.FORWARD, "politiker", Target.LB_KOLDING, DENY),
                row(Action.FORWARD, "direktoer", Target.LB_KOLDING, DENY),
                row(Action.FORWARD, "admin", Target.SJ_TONDER, ALLOW),
                row(Action.FORWARD, "implementering", Target.SJ_TONDER, DENY),
                row(Action.FORWARD, "region", Target.SJ_TONDER, DENY),
                row(Action.FORWARD, "admin", Target.LB_AABENRAA, DENY),
                row(Action.FORWARD, "implementering", Target.LB_AABENRAA, DENY),
                // Reminding by hand: as forwarding.
                row(Action.REMIND, "implementering", Target.LB_FREDERICIA, ALLOW),
                row(Action.REMIND, "politiker", Target.LB_FREDERICIA, DENY),
                row(Action.REMIND, "lm:Hjemmesygeplejen Fredericia", Target.LB_FREDERICIA, DENY),
                row(Action.REMIND, "admin", Target.SJ_HADERSLEV, ALLOW),
                row(Action.REMIND, "implementering", Target.SJ_HADERSLEV, DENY),
                // Confirming receipt: the organisation's leaders towards the row's cluster only.
                row(Action.CONFIRM_RECEIVED, "lm:Hjemmesygeplejen Fredericia", Target.LB_FREDERICIA, ALLOW),
                row(Action.CONFIRM_RECEIVED, "politiker", Target.LB_FREDERICIA, DENY),
                row(Action.CONFIRM_RECEIVED, "implementering", Target.LB_FREDERICIA, DENY),
                row(Action.CONFIRM_RECEIVED, "admin", Target.LB_FREDERICIA, DENY),
                row(Action.CONFIRM_RECEIVED, "lm:Visitationen Middelfart", Target.LB_FREDERICIA, DENY),
                row(Action.CONFIRM_RECEIVED, "direktoer", Target.LB_FREDERICIA, DENY),
                row(Action.CONFIRM_RECEIVED, "lm:Hjemmeplejen Haderslev", Target.SJ_HADERSLEV, ALLOW),
                row(Action.CONFIRM_RECEIVED, "lm:Hjemmesygeplejen Fredericia", Target.SJ_HADERSLEV, DENY),
                row(Action.CONFIRM_RECEIVED, "lm:Psykiatrisk Afdeling Aabenraa", Target.SJ_PSYCHIATRY, ALLOW),
                row(Action.CONFIRM_RECEIVED, "lm:Psykiatrisk Afdeling Vejle", Target.SJ_PSYCHIATRY, DENY),
                // Confirming passing on locally: as receipt.
                row(Action.CONFIRM_PASSED_ON, "lm:Hjemmeplejen Vejle Midt", Target.LB_VEJLE, ALLOW),
                row(Action.CONFIRM_PASSED_ON, "leder", Target.LB_VEJLE, DENY),
                row(Action.CONFIRM_PASSED_ON, "lm:Sygeplejen Aabenraa", Target.SJ_AABENRAA, ALLOW),
                row(Action.CONFIRM_PASSED_ON, "lm:Hjemmeplejen Vejle Midt", Target.SJ_AABENRAA, DENY),
                row(Action.CONFIRM_PASSED_ON, "lm:Psykiatrisk Afdeling Vejle", Target.LB_PSYCHIATRY, ALLOW),
                row(Action.CONFIRM_PASSED_ON, "lm:Psykiatrisk Afdeling Aabenraa", Target.LB_PSYCHIATRY, DENY));
    }

    private static Arguments row(Action action, String caller, Target target, boolean allowed) {
        return Arguments.of(action, caller, target, allowed);
    }

    @Autowired LaunchCascade cascade;
    @Autowired LaunchCascadeRepository rows;
    @Autowired OrganisationService organisation;
    @Autowired OrganisationLeaders leaders;
    @Autowired PersonAccounts accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    CascadeFixture f;

    @BeforeEach
    void setUp() {
        f = new CascadeFixture(organisation, leaders, accounts, users, jdbc);
    }

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
    }

    @ParameterizedTest(name = "{0} by {1} on {2}: {3}")
    @MethodSource("matrix")
    void every_caller_acts_on_the_cascade_exactly_in_its_scope(Action action, String caller, Target target,
            boolean allowed) {
        long cluster = f.cluster(target.cluster);
        long org = f.org(target.organisation);
        if (target == Target.SJ_PSYCHIATRY) {
            f.login("admin");
            cascade.forward(cluster, org);
        }
        Runnable call = switch (action) {
            case STATUS_READ -> () -> cascade.status(cluster);
            case FORWARD -> () -> cascade.forward(cluster, org);
            case REMIND -> () -> cascade.remind(cluster, org);
            case CONFIRM_RECEIVED -> () -> cascade.confirmReceived(rowId(cluster, org));
            case CONFIRM_PASSED_ON -> () -> cascade.confirmPassedOn(rowId(cluster, org));
        };
        login(caller);
        if (allowed) {
            assertThatCode(call::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_matrix_has_an_allowed_and_a_refused_caller_per_action_and_cluster() {
        var all = matrix().map(Arguments::get).toList();
        for (var action : Action.values()) {
            for (var cluster : new String[] {"LILLEBAELT", "SOENDERJYLLAND"}) {
                assertThat(all).as(action + " allowed in " + cluster)
                        .anyMatch(r -> r[0] == action && ((Target) r[2]).cluster.equals(cluster) && (boolean) r[3]);
                assertThat(all).as(action + " refused in " + cluster)
                        .anyMatch(r -> r[0] == action && ((Target) r[2]).cluster.equals(cluster) && !(boolean) r[3]);
            }
        }
    }

    @Test
    void the_table_in_docs_security_md_lists_the_tested_callers() throws Exception {
        var doc = Files.readAllLines(Path.of("docs", "security.md"));
        var rowsOf = matrix().map(Arguments::get).toList();
        for (var action : Action.values()) {
            var line = doc.stream().filter(l -> l.startsWith("| materials") && l.contains("`" + action + "`"))
                    .findFirst();
            assertThat(line).as(action + " has a line in docs/security.md").isPresent();
            rowsOf.stream().filter(r -> r[0] == action).forEach(r -> assertThat(line.get())
                    .as(action + " lists " + r[1]).contains((String) r[1]));
        }
    }

    private long rowId(long cluster, long org) {
        return rows.findByClusterIdAndOrganisationId(cluster, org).orElseThrow().id();
    }

    private void login(String caller) {
        if (caller.startsWith("lm:")) {
            f.loginPerson(f.lineManagerOfUnit(caller.substring(3)));
        } else {
            f.login(caller);
        }
    }
}
