package dk.sambo.portal.barrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.organisation.OrganisationFigures;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.security.ui.LoginView;
import dk.sambo.portal.shared.privacy.PatientDataException;

class BarrierLogTest extends KaribuTest {

    @Autowired BarrierLog log;
    @Autowired OrganisationFigures figures;
    @Autowired OrganisationService organisation;
    @Autowired AuditLog audit;

    @Test
    void line_manager_records_and_updates_a_barrier_for_her_unit_audited() {
        login("leder");
        var unit = unit("Sygeplejen Kolding");
        var before = log.summaryOfUnits(List.of(unit.id())).unresolved(BarrierKind.LEADERSHIP);
        var id = log.record(new BarrierLog.Draft(unit.id(), BarrierKind.LEADERSHIP,
                "Ingen fast tid til sparring i ledergruppen.", "Fast punkt på ledermødet.", null,
                LocalDate.of(2026, 12, 15), BarrierStatus.OPEN));
        assertThat(log.summaryOfUnits(List.of(unit.id())).unresolved(BarrierKind.LEADERSHIP)).isEqualTo(before + 1);
        var entry = log.ofUnits(List.of(unit.id())).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        log.update(id, entry.version(), new BarrierLog.Draft(unit.id(), BarrierKind.LEADERSHIP, entry.description(),
                entry.action(), null, entry.dueOn(), BarrierStatus.RESOLVED));
        assertThat(log.summaryOfUnits(List.of(unit.id())).unresolved(BarrierKind.LEADERSHIP)).isEqualTo(before);
        login("admin");
        assertThat(audit.forObject("Barrier", id, 10)).extracting(e -> e.getAction())
                .contains("BARRIER_RECORDED", "BARRIER_CHANGED");
    }

    @Test
    void only_line_managers_and_the_implementing_level_record_within_their_scope() {
        login("leder");
        var vejle = unit("Hjemmeplejen Vejle Midt");
        var draft = new BarrierLog.Draft(vejle.id(), BarrierKind.PRACTICAL, "Ingen mødelokaler.", null, null, null,
                BarrierStatus.OPEN);
        assertThatThrownBy(() -> log.record(draft)).isInstanceOf(AccessDeniedException.class);
        login("sygeplejerske");
        var mine = new BarrierLog.Draft(unit("Sygeplejen Kolding").id(), BarrierKind.PRACTICAL, "Ingen tid.", null,
                null, null, BarrierStatus.OPEN);
        assertThatThrownBy(() -> log.record(mine)).isInstanceOf(AccessDeniedException.class);
        login("implementering");
        assertThat(log.record(draft)).isPositive();
        var aabenraa = unit("Sygeplejen Aabenraa");
        assertThatThrownBy(() -> log.record(new BarrierLog.Draft(aabenraa.id(), BarrierKind.PRACTICAL, "x", null, null,
                null, BarrierStatus.OPEN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.ofCluster(clusterId("SOENDERJYLLAND"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_cpr_number_in_a_barrier_is_refused() {
        login("leder");
        var unit = unit("Sygeplejen Kolding");
        assertThatThrownBy(() -> log.record(new BarrierLog.Draft(unit.id(), BarrierKind.CULTURAL,
                "Borger 010203-1234 blev ikke udskrevet", null, null, null, BarrierStatus.OPEN)))
                .isInstanceOf(PatientDataException.class);
    }

    @Test
    void cluster_summary_counts_by_kind_in_the_database() {
        login("strategisk");
        var summary = log.summaryOfCluster(clusterId("LILLEBAELT"));
        assertThat(summary.count(BarrierKind.CULTURAL, BarrierStatus.RESOLVED)).isGreaterThanOrEqualTo(1);
        assertThat(summary.unresolved(BarrierKind.PRACTICAL)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void barrier_view_lists_the_units_barriers_for_the_line_manager() {
        navigate("barrierer");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        login("sygeplejerske");
        assertThatThrownBy(() -> navigate("barrierer")).isInstanceOf(MockAccessDeniedException.class);
        login("leder");
        navigate("barrierer");
        assertThat(PageText.now()).contains("Barrierelog", "Uløste barrierer efter type",
                "Det er ikke muligt at kalenderbooke medarbejderne til praksistræning.", "Birgitte Holm");
    }

    private UnitSummary unit(String name) {
        return organisation.organisations().stream().flatMap(o -> organisation.unitsOf(o.id()).stream())
                .filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private long clusterId(String code) {
        return organisation.clusters().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }
}
