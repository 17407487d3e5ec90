package dk.sambo.portal.spreading.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.security.ui.LoginView;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.spreading.Decision;
import dk.sambo.portal.spreading.ImplementationKey;
import dk.sambo.portal.spreading.SpreadingDecisions;

class SpreadingDecisionsTest extends KaribuTest {

    @Autowired SpreadingDecisions decisions;
    @Autowired OrganisationService organisation;
    @Autowired AuditLog audit;

    private SpreadingDecisions.Draft draft(Long clusterId, Decision decision, LocalDate on) {
        return new SpreadingDecisions.Draft(clusterId, "Fælles medicinliste ved udskrivning", "Afprøvet i Vejle.",
                "Færre medicinfejl.", true, "Bred opbakning.", "Lave.", "Ledelserne bakker op.", "Apotek, kommuner.",
                "Bygger på plejeforløbsplanen.", "Listen følger borgeren.", "Format aftales lokalt.", null, null,
                null, null, EnumSet.of(ImplementationKey.VIABILITY, ImplementationKey.DOCUMENTATION), decision, on);
    }

    @Test
    void strategic_level_records_and_decides_for_its_cluster_audited() {
        login("strategisk");
        var lillebaelt = cluster("LILLEBAELT");
        var id = decisions.create(draft(lillebaelt, Decision.PENDING, null));
        assertThat(decisions.inProgress()).anyMatch(v -> v.id() == id);
        var view = decisions.get(id).orElseThrow();
        decisions.update(id, view.version(), draft(lillebaelt, Decision.SPREAD, LocalDate.of(2026, 11, 20)));
        var decided = decisions.get(id).orElseThrow().content();
        assertThat(decided.decision()).isEqualTo(Decision.SPREAD);
        assertThat(decided.keys()).containsExactlyInAnyOrder(ImplementationKey.VIABILITY,
                ImplementationKey.DOCUMENTATION);
        assertThat(decisions.inProgress()).noneMatch(v -> v.id() == id);
        login("admin");
        assertThat(audit.forObject("SpreadingDecision", id, 10)).extracting(e -> e.getAction())
                .contains("SPREADING_RECORDED", "SPREADING_CHANGED");
    }

    @Test
    void only_the_strategic_level_of_the_cluster_decides() {
        login("implementering");
        assertThatThrownBy(() -> decisions.create(draft(cluster("LILLEBAELT"), Decision.PENDING, null)))
                .isInstanceOf(AccessDeniedException.class);
        login("strategisk");
        assertThatThrownBy(() -> decisions.create(draft(cluster("SOENDERJYLLAND"), Decision.PENDING, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.create(draft(null, Decision.PENDING, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.create(draft(cluster("LILLEBAELT"), Decision.STOP, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("spreading.error.date"));
        login("region");
        assertThat(decisions.create(draft(null, Decision.NOT_NOW, LocalDate.of(2026, 11, 1)))).isPositive();
        login("sygeplejerske");
        assertThat(decisions.visible()).isEmpty();
    }

    @Test
    void a_decision_prints_with_checklist_table_and_keys() {
        login("strategisk");
        var id = decisions.visible().stream()
                .filter(v -> v.content().title().startsWith("Fælles udskrivningssamtale")).findFirst().orElseThrow().id();
        navigate("spredning/" + id + "/print");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SpreadingPrintView.class);
        assertThat(PageText.now()).contains("Fælles udskrivningssamtale ved indlæggelser over 48 timer",
                "Tjekliste ved beslutning om spredning", "Spreder (kerne)", "Modtager (lokal tilpasning)",
                "☑ Ledelse", "☐ Levedygtighed", "Spredes", "Lillebælt");
    }

    @Test
    void the_decision_views_are_for_the_oversight_roles() {
        navigate("spredning");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        login("leder");
        assertThatThrownBy(() -> navigate("spredning")).isInstanceOf(MockAccessDeniedException.class);
        login("politiker");
        navigate("spredning");
        assertThat(PageText.now()).contains("Tidlig opsporing af begyndende sygdom (TOBS) i hjemmeplejen",
                "Under overvejelse").doesNotContain("Ny beslutning om spredning");
        login("strategisk");
        navigate("spredning/ny");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SpreadingEditView.class);
    }

    private long cluster(String code) {
        return organisation.clusters().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }
}
