package dk.sambo.portal.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.security.ui.LoginView;

class PlanViewTest extends KaribuTest {

    @Test
    void everyone_logged_in_reads_the_plan_as_a_matrix_of_phases_and_target_groups() {
        navigate("plan");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        login("sygeplejerske");
        navigate("plan");
        assertThat(PageText.now()).contains("Lancering", "Kompetenceudvikling", "Forandringsledelse",
                "Virkeliggørelse", "Medarbejdere, indgående kendskab", "Direktørniveau", "Implementerende niveau",
                "Maj 2025", "Der udsendes en lanceringspakke til sundhedsklyngerne", "I gang")
                .doesNotContain("Redigér");
    }

    @Test
    void the_plan_reads_in_english() {
        login("sygeplejerske");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("plan");
        assertThat(PageText.now()).contains("Launch", "Competence development", "Change management", "Realisation",
                "Staff, in-depth knowledge", "A launch package with various materials is sent to the health clusters.");
    }

    @Test
    void the_strategic_level_sees_edit_buttons() {
        login("strategisk");
        navigate("plan");
        assertThat(PageText.now()).contains("Redigér");
    }

    @Test
    void director_ticks_his_organisations_checkpoints_staff_may_not_open_the_status() {
        login("sygeplejerske");
        assertThatThrownBy(() -> navigate("plan/status")).isInstanceOf(MockAccessDeniedException.class);
        login("direktoer");
        navigate("plan/status");
        assertThat(PageText.now()).contains("Status på implementeringsplanen", "Kulturbærere blandt medarbejderne er udpeget",
                "Aftalen afspejles i lokale procedurer og arbejdsgange");
        assertThat(_find(Checkbox.class)).hasSize(10).allMatch(Checkbox::isEnabled);
        newPage();
        login("politiker");
        navigate("plan/status");
        assertThat(_find(Checkbox.class)).isNotEmpty().noneMatch(Checkbox::isEnabled);
        assertThat(PageText.now()).contains("Alle organisationer", "Kolding Kommune");
    }
}
