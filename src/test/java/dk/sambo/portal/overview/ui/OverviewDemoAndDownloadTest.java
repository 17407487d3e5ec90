package dk.sambo.portal.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import dk.sambo.portal.KaribuTest;

/**
 * Issue 13: the demo data's cluster levels are no unit's staff, and an export of an area the person may not open
 * (any more) is answered 403 with a message rather than a file.
 */
class OverviewDemoAndDownloadTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private OverviewView open(String areaToken) {
        UI.getCurrent().navigate(OverviewView.ROUTE, QueryParameters.simple(Map.of(OverviewView.AREA_PARAMETER,
                areaToken)));
        return (OverviewView) UI.getCurrent().getCurrentView();
    }

    private long unit(String name) {
        return jdbc.queryForObject("select id from org_unit where name = ?", Long.class, name);
    }

    @Test
    void people_whose_roles_are_only_strategic_implementing_or_political_are_in_no_units_target_group() {
        // Every active demo person holding one of the cluster levels' roles and no role of a unit's staff or
        // leaders: none has a knowledge target, so none counts in a unit's target group.
        var inTargetGroup = jdbc.queryForList("""
                select p.username from person p
                where p.active = true and p.knowledge_target in ('IN_DEPTH', 'OVERALL')
                  and exists (select 1 from role_assignment r where r.person_id = p.id
                    and r.role in ('STRATEGIC', 'IMPLEMENTING', 'POLITICAL'))
                  and not exists (select 1 from role_assignment r where r.person_id = p.id
                    and r.role not in ('STRATEGIC', 'IMPLEMENTING', 'POLITICAL'))""", String.class);
        assertThat(inTargetGroup).isEmpty();

        // The political demo account belongs to Hjemmesygeplejen Fredericia (the example: 14 people, target
        // group 13 because of "politiker"): counted among the unit's people, not its target group.
        long fredericia = unit("Hjemmesygeplejen Fredericia");
        assertThat(jdbc.queryForObject("select unit_id from person where username = 'politiker'", Long.class))
                .isEqualTo(fredericia);
        long targeted = jdbc.queryForObject("""
                select count(*) from person p where p.active = true and p.unit_id = ?
                  and p.knowledge_target in ('IN_DEPTH', 'OVERALL')""", Long.class, fredericia);
        long people = jdbc.queryForObject("select count(*) from person p where p.active = true and p.unit_id = ?",
                Long.class, fredericia);
        login("strategisk");
        var figures = open("u" + fredericia).currentOverview().total();
        assertThat(figures.people()).isEqualTo(people);
        assertThat(figures.targetGroup()).isEqualTo(targeted).isLessThan(people);
    }

    @Test
    void an_export_of_an_area_the_person_may_no_longer_open_is_refused_with_403_and_a_message() throws Exception {
        login("strategisk");
        long lillebaelt = jdbc.queryForObject("select id from health_cluster where code = 'LILLEBAELT'", Long.class);
        var view = open("c" + lillebaelt);
        var ok = view.download("csv");
        assertThat(ok.hasError()).isFalse();
        assertThat(ok.getFileName()).startsWith("overblik-c" + lillebaelt).endsWith(".csv");
        assertThat(ok.getInputStream().readAllBytes()).isNotEmpty();

        // The same page's link, clicked by someone who may not open the cluster (a stale page after a change of
        // roles, or a hand-made request): no file, 403 and the reason in the person's language.
        login("direktoer");
        for (var format : new String[] {"csv", "xlsx"}) {
            var refused = view.download(format);
            assertThat(refused.hasError()).isTrue();
            assertThat(refused.getError()).isEqualTo(403);
            assertThat(refused.getErrorMessage()).isEqualTo(
                    "Du har ikke adgang til overblikket for dette område, så det kan ikke eksporteres.");
        }
    }
}
