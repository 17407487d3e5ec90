package dk.sambo.portal.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.UnitAdministration;
import dk.sambo.portal.organisation.UnitNode;

/** The unit tree and the HR file import as an administrator uses them. */
class OrganisationDataViewsTest extends KaribuTest {

    @Autowired
    UnitAdministration units;

    @Test
    void admin_creates_a_unit_under_an_organisation_in_the_lazy_tree() {
        login("admin");
        navigate("admin/enheder");
        var view = _get(UnitsAdminView.class);
        var nyborg = organisationRow("Nyborg Kommune");
        int before = GridKt._size(view.tree);
        assertThat(before).isGreaterThan(20);

        view.tree.select(nyborg);
        _click(_get(Button.class, spec -> spec.withText("Ny enhed")));
        _get(TextField.class, spec -> spec.withLabel("Navn")).setValue("Akutteam Nyborg");
        _get(TextField.class, spec -> spec.withLabel("Kode")).setValue("nyb-akut");
        _click(_get(Button.class, spec -> spec.withText("Gem")));

        assertThat(units.children(nyborg, 0, 50)).extracting(UnitNode::name, UnitNode::code)
                .contains(tuple("Akutteam Nyborg", "NYB-AKUT"));
        view.tree.expand(organisationRow("Nyborg Kommune"));
        assertThat(GridKt._size(view.tree)).isGreaterThan(before);
    }

    @Test
    void a_unit_with_active_people_is_not_closed() {
        login("admin");
        navigate("admin/enheder");
        var kolding = organisationRow("Kolding Kommune");
        var unit = units.children(kolding, 0, 100).stream().filter(n -> n.name().equals("Sygeplejen Kolding"))
                .findFirst().orElseThrow();
        var view = _get(UnitsAdminView.class);
        view.closeDialog(unit);
        _click(_get(Button.class, spec -> spec.withText("Luk pr. datoen")));

        assertThat(units.children(kolding, 0, 100)).filteredOn(n -> n.name().equals("Sygeplejen Kolding"))
                .singleElement().satisfies(n -> assertThat(n.closedOn()).isNull());
    }

    @Test
    void admin_previews_an_hr_file_and_saves_it_and_a_file_with_errors_cannot_be_saved() {
        login("admin");
        navigate("admin/indlaes");
        var view = _get(OrganisationImportView.class);

        view.preview("fejl.csv", ("unit_code;unit_name;organisation;email;name\n"
                + "X-1;Enhed;UKENDT;a@b.example;Anne\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.summary.getText()).isEqualTo("Filen har 1 fejl. Ret dem og upload filen igen; intet er gemt.");
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.apply.isEnabled()).isFalse();

        view.preview("hr.csv", ("unit_code,unit_name,organisation,email,name,job_title\n"
                + "KER-V1,Visitationen Kerteminde,KERTEMINDE_KOMMUNE,vis.a@kerteminde.example,Vera Visitator,Visitator\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(view.summary.getText()).startsWith("Rækker: 1 · tilføjes: 2");
        assertThat(view.apply.isEnabled()).isTrue();
        _click(view.apply);
        assertThat(view.summary.getText()).isEqualTo("Filen er indlæst: 2 ændringer gemt.");

        view.preview("hr.csv", ("unit_code,unit_name,organisation,email,name,job_title\n"
                + "KER-V1,Visitationen Kerteminde,KERTEMINDE_KOMMUNE,vis.a@kerteminde.example,Vera Visitator,Visitator\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(view.summary.getText()).isEqualTo("Filen ændrer intet.");
        assertThat(view.apply.isEnabled()).isFalse();
    }

    private UnitNode organisationRow(String name) {
        return units.organisationRows(0, 200).stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }
}
