package dk.sambo.portal.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.UnitAdministration;
import dk.sambo.portal.organisation.UnitNode;

/**
 * Issue 10: a CPR number typed into the unit dialogs (new unit, rename) marks the field inline with the Danish
 * reason, keeps the dialog open and saves nothing, in whatever form it is written.
 */
class UnitPatientDataInlineTest extends KaribuTest {

    @Autowired
    UnitAdministration units;

    @Test
    void a_cpr_number_in_the_new_unit_dialog_marks_the_name_inline_and_creates_no_unit() {
        login("admin");
        navigate("admin/enheder");
        var view = _get(UnitsAdminView.class);
        var nyborg = organisationRow("Nyborg Kommune");
        int before = units.children(nyborg, 0, 200).size();

        view.createDialog(nyborg);
        var dialog = _get(Dialog.class);
        var name = _get(dialog, TextField.class, spec -> spec.withLabel("Navn"));
        name.setValue("Akutteam for 01.02.85-1234");
        _get(dialog, TextField.class, spec -> spec.withLabel("Kode")).setValue("nyb-cpr");
        _click(_get(Button.class, spec -> spec.withText("Gem")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("CPR-nummer");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(units.children(nyborg, 0, 200)).hasSize(before)
                .noneMatch(n -> n.name().contains("1234") || "NYB-CPR".equals(n.code()));
    }

    @Test
    void a_cpr_number_in_the_rename_dialog_marks_the_name_inline_and_keeps_the_old_name() {
        login("admin");
        navigate("admin/enheder");
        var view = _get(UnitsAdminView.class);
        var kolding = organisationRow("Kolding Kommune");
        var unit = units.children(kolding, 0, 100).stream().filter(n -> n.name().equals("Sygeplejen Kolding"))
                .findFirst().orElseThrow();

        view.renameDialog(unit);
        var dialog = _get(Dialog.class);
        var name = _get(dialog, TextField.class, spec -> spec.withLabel("Navn"));
        name.setValue("Sygeplejen 0102851234");
        _click(_get(Button.class, spec -> spec.withText("Gem")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("CPR-nummer");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(units.children(kolding, 0, 100)).anyMatch(n -> n.name().equals("Sygeplejen Kolding"))
                .noneMatch(n -> n.name().contains("0102851234"));
    }

    private UnitNode organisationRow(String name) {
        return units.organisationRows(0, 200).stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }
}
