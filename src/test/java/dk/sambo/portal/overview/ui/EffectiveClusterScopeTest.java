package dk.sambo.portal.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.OrganisationFigures;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.overview.Area;
import dk.sambo.portal.overview.Overview;
import dk.sambo.portal.overview.OverviewService;
import dk.sambo.portal.overview.Period;

/**
 * Issue 10, latent: a unit without a cluster of its own in an organisation serving several clusters (psychiatry
 * here) belongs to its nearest ancestor's cluster, or to no single cluster; never to every cluster the organisation
 * serves. The demo data has no such unit, so the test builds the shapes (in its own transaction, rolled back):
 * <pre>
 * Psykiatrien
 *   T  "Testpsykiatri, fælles"          (no cluster)
 *     CL "Testpsykiatri Lillebælt"      (Lillebælt)        1 person
 *     CS "Testpsykiatri Sønderjylland"  (Sønderjylland)    2 people
 *   P  "Testpsykiatri Syd"              (Sønderjylland)
 *     D "Testpsykiatri Syd, team"       (no cluster: Sønderjylland by its parent)  3 people
 * </pre>
 */
@PortalTest
@Transactional
class EffectiveClusterScopeTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    OverviewService overview;
    @Autowired
    AccessControl access;
    @Autowired
    OrganisationFigures figures;
    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;
    long psychiatry;
    long lillebaelt;
    long sonderjylland;
    long t;
    long cl;
    long cs;
    long p;
    long d;

    @BeforeEach
    void build() {
        jdbc = new JdbcTemplate(dataSource);
        psychiatry = jdbc.queryForObject("select id from organisation where code = 'PSYKIATRIEN_I_REGION_SYDDANMARK'",
                Long.class);
        lillebaelt = jdbc.queryForObject("select id from health_cluster where code = 'LILLEBAELT'", Long.class);
        sonderjylland = jdbc.queryForObject("select id from health_cluster where code = 'SOENDERJYLLAND'", Long.class);
        t = unit(null, null, "Testpsykiatri, fælles");
        cl = unit(t, lillebaelt, "Testpsykiatri Lillebælt");
        cs = unit(t, sonderjylland, "Testpsykiatri Sønderjylland");
        p = unit(null, sonderjylland, "Testpsykiatri Syd");
        d = unit(p, null, "Testpsykiatri Syd, team");
        people(cl, 1);
        people(cs, 2);
        people(d, 3);
    }

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    @Test
    void a_clusters_strategic_level_cannot_open_a_cluster_less_unit_and_see_another_clusters_child_units() {
        AuthenticatedAs.login(users, "strategisk");
        // Before: T counted in all four clusters, so Lillebælt could open it and read Sønderjylland's CS below.
        assertThat(access.coversUnit(Role.STRATEGIC, t)).isFalse();
        assertThat(overview.mayView(Area.unit(t))).isFalse();
        assertThatThrownBy(() -> overview.overview(Area.unit(t), period()))
                .isInstanceOf(AccessDeniedException.class);
        // D has no cluster of its own, but its parent is Sønderjylland's.
        assertThat(access.coversUnit(Role.STRATEGIC, d)).isFalse();
        assertThat(overview.mayView(Area.unit(d))).isFalse();
        assertThat(access.coversUnit(Role.STRATEGIC, cl)).isTrue();
    }

    @Test
    void the_drill_down_and_csv_of_psychiatry_in_lillebaelt_hold_only_lillebaelts_units() throws Exception {
        AuthenticatedAs.login(users, "strategisk");
        var node = overview.overview(Area.organisation(psychiatry, lillebaelt), period());
        var rowT = node.rows().stream().filter(r -> r.area().equals(Area.unit(t))).findFirst().orElseThrow();
        // T is listed for CL below it, counts only CL's one person, and cannot be opened from Lillebælt.
        assertThat(rowT.figures().people()).isEqualTo(1);
        assertThat(rowT.drillable()).isFalse();
        assertThat(node.rows()).extracting(Overview.Row::area).doesNotContain(Area.unit(p));
        var csv = csv(node);
        assertThat(csv).contains("Testpsykiatri, fælles").doesNotContain("Testpsykiatri Syd")
                .doesNotContain("Testpsykiatri Sønderjylland");

        assertThat(figures.unitIdsOfCluster(lillebaelt)).contains(cl).doesNotContain(t, cs, p, d);
        assertThat(figures.unitIdsOfCluster(sonderjylland)).contains(cs, p, d).doesNotContain(t, cl);
    }

    @Test
    void the_region_still_sees_every_unit_and_counts_each_in_one_cluster_only() {
        AuthenticatedAs.login(users, "region");
        assertThat(overview.mayView(Area.unit(t))).isTrue();
        var node = overview.overview(Area.unit(t), period());
        assertThat(node.rows()).extracting(Overview.Row::area).contains(Area.unit(cl), Area.unit(cs));
        assertThat(node.total().people()).isEqualTo(3);

        var south = overview.overview(Area.organisation(psychiatry, sonderjylland), period());
        var rowP = south.rows().stream().filter(r -> r.area().equals(Area.unit(p))).findFirst().orElseThrow();
        assertThat(rowP.figures().people()).isEqualTo(3);
        var rowT = south.rows().stream().filter(r -> r.area().equals(Area.unit(t))).findFirst().orElseThrow();
        assertThat(rowT.figures().people()).isEqualTo(2);
    }

    private static Period period() {
        return Period.lastTwelveMonths(LocalDate.ofInstant(TestClock.START, TestClock.ZONE));
    }

    private static String csv(Overview node) throws Exception {
        var out = new ByteArrayOutputStream();
        ExportFormats.writeCsv(OverviewExport.document(node, node.name(), (key, args) -> key, k -> k,
                LocalDate::toString), java.util.Locale.forLanguageTag("da"), out, n -> {
                });
        return out.toString(StandardCharsets.UTF_8);
    }

    private long unit(Long parent, Long cluster, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into org_unit (organisation_id, parent_id, cluster_id, name, path) "
                    + "values (?, ?, ?, ?, '/')", new String[] {"id"});
            ps.setLong(1, psychiatry);
            ps.setObject(2, parent);
            ps.setObject(3, cluster);
            ps.setString(4, name);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        String parentPath = parent == null ? "/" : jdbc.queryForObject("select path from org_unit where id = ?",
                String.class, parent);
        jdbc.update("update org_unit set path = ? where id = ?", parentPath + id + "/", id);
        return id;
    }

    private void people(long unit, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into person (name, job_title, unit_id, knowledge_target) values (?, ?, ?, 'IN_DEPTH')",
                    "Testperson " + unit + "-" + i, "Sygeplejerske", unit);
        }
    }
}
