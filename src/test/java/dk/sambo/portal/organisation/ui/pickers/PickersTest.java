package dk.sambo.portal.organisation.ui.pickers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.OrganisationSummary;

/** The cluster and organisation pickers other features' forms use: labels in both languages, narrowing, ids. */
class PickersTest extends KaribuTest {

    @Autowired OrganisationService organisations;

    @Test
    void the_cluster_picker_offers_every_active_cluster_by_name_with_a_danish_label() {
        login("sygeplejerske");
        var picker = ClusterPicker.of(organisations);
        assertThat(picker.getLabel()).isEqualTo("Sundhedsklynge");
        assertThat(picker.getListDataView().getItems().map(picker.getItemLabelGenerator()))
                .containsExactly("Fyn", "Lillebælt", "Sydvestjylland", "Sønderjylland");
    }

    @Test
    void the_pickers_speak_english_when_english_is_chosen() {
        login("sygeplejerske");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(ClusterPicker.of(organisations).getLabel()).isEqualTo("Health cluster");
        assertThat(OrganisationPicker.of(organisations).getLabel()).isEqualTo("Organisation");
    }

    @Test
    void the_organisation_picker_follows_the_chosen_cluster_and_clears_a_choice_that_no_longer_fits() {
        login("sygeplejerske");
        var clusters = ClusterPicker.of(organisations);
        var picker = OrganisationPicker.of(organisations).following(clusters);
        assertThat(picker.getListDataView().getItems()).hasSize(28);

        clusters.setValue(cluster("Lillebælt"));
        assertThat(picker.getListDataView().getItems().map(OrganisationSummary::name))
                .contains("Kolding Kommune", "Psykiatrien i Region Syddanmark").doesNotContain("Aabenraa Kommune");
        picker.selectId(organisation("Kolding Kommune").id());
        assertThat(picker.getValue().name()).isEqualTo("Kolding Kommune");

        // Psychiatry serves every cluster, so it stays chosen; Kolding does not serve Sønderjylland.
        clusters.setValue(cluster("Sønderjylland"));
        assertThat(picker.getValue()).isNull();
        picker.selectId(organisation("Psykiatrien i Region Syddanmark").id());
        clusters.setValue(cluster("Fyn"));
        assertThat(picker.getValue().name()).isEqualTo("Psykiatrien i Region Syddanmark");

        clusters.setValue(null);
        assertThat(picker.getListDataView().getItems()).hasSize(28);
    }

    @Test
    void a_cluster_picker_built_from_given_clusters_offers_only_those_and_selects_by_id() {
        login("sygeplejerske");
        var fyn = cluster("Fyn");
        var picker = new ClusterPicker(java.util.List.of(fyn));
        picker.selectId(fyn.id());
        assertThat(picker.getValue()).isEqualTo(fyn);
        picker.selectId(cluster("Lillebælt").id());
        assertThat(picker.getValue()).isNull();
    }

    private ClusterSummary cluster(String name) {
        return organisations.clusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private OrganisationSummary organisation(String name) {
        return organisations.organisations().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
