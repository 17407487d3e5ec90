package dk.sambo.portal.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Paragraph;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.overview.Area;
import dk.sambo.portal.overview.Overview;
import dk.sambo.portal.security.ui.LoginView;

class OverviewViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long cluster(String code) {
        return jdbc.queryForObject("select id from health_cluster where code = ?", Long.class, code);
    }

    private long organisation(String code) {
        return jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
    }

    private long unit(String name) {
        return jdbc.queryForObject("select id from org_unit where name = ?", Long.class, name);
    }

    private OverviewView view() {
        return (OverviewView) UI.getCurrent().getCurrentView();
    }

    private List<String> rowNames() {
        var overview = view().currentOverview();
        assertThat(overview).isNotNull();
        return overview.rows().stream().map(r -> r.name()).toList();
    }

    private void openRow(String name) {
        var row = view().currentOverview().rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Grid<Overview.Row> grid = _get(Grid.class, spec -> spec.withClasses("overview-breakdown"));
        int index = view().currentOverview().rows().indexOf(row);
        ((Button) GridKt._getCellComponent(grid, index, "name")).click();
        assertThat(view().currentArea()).isEqualTo(row.area());
    }

    private void open(String areaToken) {
        UI.getCurrent().navigate(OverviewView.ROUTE, QueryParameters.simple(Map.of(OverviewView.AREA_PARAMETER,
                areaToken)));
    }

    private boolean denied() {
        return _find(Paragraph.class).stream().anyMatch(p -> p.hasClassName("overview-denied"));
    }

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        navigate(OverviewView.ROUTE);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void staff_without_a_leading_role_is_denied() {
        login("sygeplejerske");
        assertThatThrownBy(() -> navigate(OverviewView.ROUTE)).isInstanceOf(MockAccessDeniedException.class);
        login("kulturbaerer");
        assertThatThrownBy(() -> navigate(OverviewView.ROUTE)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void strategic_level_sees_their_cluster_and_drills_to_organisation_and_unit() {
        login("strategisk");
        navigate(OverviewView.ROUTE);
        assertThat(view().currentArea()).isEqualTo(Area.cluster(cluster("LILLEBAELT")));
        assertThat(rowNames()).contains("Kolding Kommune", "Sygehus Lillebælt", "Psykiatrien i Region Syddanmark")
                .doesNotContain("Aabenraa Kommune");
        assertThat(view().currentOverview().total().people()).isPositive();

        // The demo plan's progress reaches the overview: Kolding Kommune has ticked all but the last two activities.
        var kolding = view().currentOverview().rows().stream().filter(r -> r.name().equals("Kolding Kommune"))
                .findFirst().orElseThrow().figures();
        long tracked = jdbc.queryForObject("select count(*) from plan_activity where checkpoint_da is not null",
                Long.class);
        assertThat(kolding.planTotal()).isEqualTo(tracked);
        assertThat(kolding.planDone()).isEqualTo(tracked - 2);
        assertThat(view().currentOverview().total().planTotal()).isPositive();

        openRow("Kolding Kommune");
        assertThat(rowNames()).contains("Sygeplejen Kolding", "Akutteamet Kolding");
        openRow("Sygeplejen Kolding");
        assertThat(view().currentOverview().total().people()).isPositive();
    }

    @Test
    void strategic_level_sees_only_their_part_of_a_cross_cluster_organisation() {
        login("strategisk");
        navigate(OverviewView.ROUTE);
        openRow("Psykiatrien i Region Syddanmark");
        assertThat(rowNames()).contains("Psykiatrisk Afdeling Vejle").doesNotContain("Psykiatrisk Afdeling Aabenraa");
    }

    @Test
    void strategic_level_is_denied_another_cluster_and_its_units() {
        login("strategisk");
        open("c" + cluster("SOENDERJYLLAND"));
        assertThat(denied()).isTrue();
        open("u" + unit("Sygeplejen Aabenraa"));
        assertThat(denied()).isTrue();
        open("r");
        assertThat(denied()).isTrue();
    }

    @Test
    void region_level_sees_all_four_clusters() {
        login("region");
        navigate(OverviewView.ROUTE);
        assertThat(view().currentArea()).isEqualTo(Area.region());
        assertThat(rowNames()).containsExactlyInAnyOrder("Fyn", "Lillebælt", "Sydvestjylland", "Sønderjylland");
        openRow("Sønderjylland");
        assertThat(rowNames()).contains("Aabenraa Kommune");
    }

    @Test
    void senior_manager_sees_their_organisation_and_not_the_cluster() {
        login("direktoer");
        navigate(OverviewView.ROUTE);
        assertThat(view().currentArea()).isEqualTo(Area.organisation(organisation("KOLDING_KOMMUNE"), null));
        assertThat(rowNames()).contains("Sygeplejen Kolding", "Hjemmeplejen Kolding Syd");
        openRow("Sygeplejen Kolding");

        open("c" + cluster("LILLEBAELT"));
        assertThat(denied()).isTrue();
        open("o" + organisation("VEJLE_KOMMUNE"));
        assertThat(denied()).isTrue();
    }

    @Test
    void line_manager_sees_their_unit_only() {
        login("leder");
        navigate(OverviewView.ROUTE);
        assertThat(view().currentArea()).isEqualTo(Area.unit(unit("Sygeplejen Kolding")));
        assertThat(view().currentOverview().total().people()).isPositive();

        open("o" + organisation("KOLDING_KOMMUNE"));
        assertThat(denied()).isTrue();
        open("u" + unit("Hjemmeplejen Kolding Syd"));
        assertThat(denied()).isTrue();
    }

    @Test
    void political_level_sees_cluster_totals_without_drill_down() {
        login("politiker");
        navigate(OverviewView.ROUTE);
        assertThat(view().currentArea()).isEqualTo(Area.cluster(cluster("LILLEBAELT")));
        assertThat(view().currentOverview().rows()).isEmpty();
        assertThat(view().currentOverview().total().people()).isPositive();
        assertThat(_find(Button.class).stream().filter(b -> b.hasClassName("overview-drill"))).isEmpty();

        open("o" + organisation("KOLDING_KOMMUNE") + "c" + cluster("LILLEBAELT"));
        assertThat(denied()).isTrue();
        open("u" + unit("Sygeplejen Kolding"));
        assertThat(denied()).isTrue();
    }

    @Test
    void every_figure_card_has_a_how_is_this_computed_panel_and_three_run_charts_are_drawn() {
        login("strategisk");
        navigate(OverviewView.ROUTE);
        var panels = _find(com.vaadin.flow.component.details.Details.class).stream()
                .filter(d -> d.hasClassName("overview-help")).toList();
        // six cards, breakdown, three charts, Anhøj, questions, training log
        assertThat(panels).hasSizeGreaterThanOrEqualTo(13);
        var charts = _find(RunChart.class);
        assertThat(charts).hasSize(3);
        assertThat(charts.getFirst().getData().labels()).hasSize(24);
        assertThat(_find(StaircaseStep.class)).isNotEmpty();
    }

    private String address() {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        return location.getPathWithQueryParameters();
    }

    private List<String> breadcrumb() {
        var crumb = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("overview-breadcrumb"));
        return crumb.getChildren().map(c -> c instanceof Button b ? b.getText()
                : c.getElement().getText()).filter(t -> !t.isBlank() && !t.strip().equals("›")).toList();
    }

    private boolean exportLinksShown() {
        return _find(com.vaadin.flow.component.html.Anchor.class).stream()
                .filter(a -> a.hasClassName("overview-export-csv") || a.hasClassName("overview-export-xlsx"))
                .anyMatch(com.vaadin.flow.component.Component::isVisible);
    }

    @Test
    void drilling_down_changes_the_address_and_the_breadcrumb_navigates_back_up() {
        login("strategisk");
        navigate(OverviewView.ROUTE);
        openRow("Kolding Kommune");
        var kolding = Area.organisation(organisation("KOLDING_KOMMUNE"), cluster("LILLEBAELT"));
        assertThat(address()).isEqualTo(OverviewView.ROUTE + "?" + OverviewView.AREA_PARAMETER + "=" + kolding.token());
        openRow("Sygeplejen Kolding");
        assertThat(address()).endsWith("=u" + unit("Sygeplejen Kolding"));
        assertThat(breadcrumb()).containsExactly("Lillebælt", "Kolding Kommune", "Sygeplejen Kolding");

        // the breadcrumb's first step goes back up to the cluster, in the address too
        _find(Button.class).stream().filter(b -> "Lillebælt".equals(b.getText())).findFirst().orElseThrow().click();
        assertThat(view().currentArea()).isEqualTo(Area.cluster(cluster("LILLEBAELT")));
        assertThat(address()).endsWith("=c" + cluster("LILLEBAELT"));
    }

    @Test
    void a_deep_link_to_a_unit_opens_it_with_the_breadcrumb_up_to_the_cluster() {
        login("strategisk");
        open("u" + unit("Sygeplejen Kolding"));
        assertThat(view().currentArea()).isEqualTo(Area.unit(unit("Sygeplejen Kolding")));
        assertThat(breadcrumb()).containsExactly("Lillebælt", "Kolding Kommune", "Sygeplejen Kolding");
        assertThat(exportLinksShown()).isTrue();

        // the region level's link to the same unit leads up to the region
        login("region");
        open("u" + unit("Sygeplejen Kolding"));
        assertThat(breadcrumb()).containsExactly("Region Syddanmark", "Lillebælt", "Kolding Kommune",
                "Sygeplejen Kolding");

        // a director's breadcrumb stops at the organisation they oversee, whole
        login("direktoer");
        open("u" + unit("Sygeplejen Kolding"));
        assertThat(breadcrumb()).containsExactly("Kolding Kommune", "Sygeplejen Kolding");
        _find(Button.class).stream().filter(b -> "Kolding Kommune".equals(b.getText())).findFirst().orElseThrow()
                .click();
        assertThat(view().currentArea()).isEqualTo(Area.organisation(organisation("KOLDING_KOMMUNE"), null));
    }

    @Test
    void a_refused_area_offers_no_export() {
        login("strategisk");
        open("c" + cluster("SOENDERJYLLAND"));
        assertThat(denied()).isTrue();
        assertThat(exportLinksShown()).isFalse();
        open("c" + cluster("LILLEBAELT"));
        assertThat(exportLinksShown()).isTrue();
    }

    @Test
    void the_breakdown_shows_step_1_and_step_2_per_target_group_and_one_group_of_columns_at_a_time() {
        login("strategisk");
        navigate(OverviewView.ROUTE);
        @SuppressWarnings("unchecked")
        Grid<Overview.Row> grid = _get(Grid.class, spec -> spec.withClasses("overview-breakdown"));
        var visible = grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
        assertThat(visible).containsExactly("name", "people", "target", "staircase", "took-part", "recent");

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> show = _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                spec -> spec.withClasses("overview-breakdown-show"));
        show.setValue("steps");
        visible = grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
        assertThat(visible).containsExactly("name", "people", "target", "step1-in-depth", "step1-overall",
                "step1-leaders", "step2-in-depth", "step2-overall", "step2-leaders");
        var kolding = view().currentOverview().rows().stream().filter(r -> r.name().equals("Kolding Kommune"))
                .findFirst().orElseThrow();
        int index = view().currentOverview().rows().indexOf(kolding);
        var f = kolding.figures();
        var expected = java.text.NumberFormat.getPercentInstance(java.util.Locale.forLanguageTag("da"));
        expected.setMaximumFractionDigits(1);
        assertThat(GridKt._getFormatted(grid, index, "step1-in-depth"))
                .isEqualTo(f.inDepth() == 0 ? "–" : expected.format((double) f.inDepthStep1() / f.inDepth()));

        show.setValue("stairs");
        visible = grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
        assertThat(visible).containsExactly("name", "staircase", "stair-launch", "stair-in-depth", "stair-overall",
                "stair-local", "stair-coverage", "stair-continued");
        show.setValue("questions");
        visible = grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
        assertThat(visible).containsExactly("name", "people", "coverage", "per-bearer", "asked", "answered",
                "median-hours", "overdue", "escalated", "plan");
    }
}
