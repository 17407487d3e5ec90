package dk.sambo.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Which cluster's launch package counts for a unit (the staircase's launch measure): the cluster the unit works in,
 * by the same rule as the breakdown ({@link OverviewSql#EFFECTIVE_CLUSTER}: its own, else its nearest
 * ancestor's, else its organisation's only cluster), so the region's row of a cluster says what that cluster's own
 * overview says.
 *
 * <p>Fixture: organisation X serves clusters A and B and has passed on only B's launch package. Its top unit T
 * works in A (its own cluster); T's child unit K has no cluster of its own, so it works in A too. One in-depth
 * person in each. Worked out by hand: seen from cluster A, X has passed on nothing that reached A: launch 0 of 2.
 * The region's row for A holds the same two people, so 0 of 2 as well (before, K matched any of X's clusters
 * there: 1 of 2, while A's own overview said 0 of 2). The whole organisation (its director's view) and the unit K
 * on its own follow the units' cluster: 0 of 2 and 0 of 1.
 */
class LaunchMatchingTest {

    static final Period PERIOD = new Period(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 31));
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void a_unit_without_a_cluster_of_its_own_counts_the_launch_of_the_cluster_above_it_in_the_region_too() {
        var ds = new SingleConnectionDataSource("jdbc:hsqldb:mem:overview-launch-matching;hsqldb.tx=mvcc", "SA", "",
                true);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/hsqldb")
                    .load().migrate();
            var jdbc = new JdbcTemplate(ds);
            var fx = new OverviewFixture(jdbc);
            long a = fx.cluster("LAUNCH_A");
            long b = fx.cluster("LAUNCH_B");
            long x = fx.organisation("LAUNCH_X", "REGION", "LAUNCH_A", "LAUNCH_B");
            long t = fx.unit("LAUNCH_T", "LAUNCH_X", null);
            jdbc.update("update org_unit set cluster_id = ? where id = ?", a, t);
            long k = fx.unit("LAUNCH_K", "LAUNCH_X", "LAUNCH_T");
            fx.person("LT", "LAUNCH_T", "IN_DEPTH", true);
            fx.person("LK", "LAUNCH_K", "IN_DEPTH", true);
            jdbc.update("insert into launch_package_cascade (cluster_id, organisation_id, forwarded_at, received_at, "
                    + "passed_on_at) values (?, ?, ?, ?, ?)", b, x, Timestamp.from(Instant.parse("2026-01-10T09:00:00Z")),
                    Timestamp.from(Instant.parse("2026-01-12T09:00:00Z")),
                    Timestamp.from(Instant.parse("2026-01-15T09:00:00Z")));

            var queries = new OverviewQueries(ds);
            var clusterA = queries.figures(Area.cluster(a), PERIOD, PERIOD.to(), NOW);
            var region = queries.figures(Area.region(), PERIOD, PERIOD.to(), NOW);
            var whole = queries.figures(Area.organisation(x, null), PERIOD, PERIOD.to(), NOW).get(-1L);
            var unitK = queries.figures(Area.unit(k), PERIOD, PERIOD.to(), NOW).get(-1L);

            assertThat(launch(clusterA.get(-1L))).containsExactly(0, 2);
            assertThat(launch(clusterA.get(x))).containsExactly(0, 2);
            assertThat(launch(region.get(a))).as("the region's row of cluster A").containsExactly(0, 2);
            assertThat(launch(whole)).containsExactly(0, 2);
            assertThat(launch(unitK)).containsExactly(0, 1);
        } finally {
            ds.destroy();
        }
    }

    private static long[] launch(Figures f) {
        var share = f.position().share(StaircasePosition.Group.LAUNCH_PASSED_ON);
        return new long[] {share.part(), share.whole()};
    }
}
