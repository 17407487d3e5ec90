package dk.sambo.portal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * What one target group does in one phase. Where each organisation ticks it off, the activity carries a short
 * checkpoint ("culture bearers appointed").
 */
@Entity
@Table(name = "plan_activity")
class PlanActivity extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "phase_id")
    private PlanPhase phase;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, length = 40)
    private TargetGroup targetGroup = TargetGroup.STAFF_IN_DEPTH;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "text_da", nullable = false, length = 4000)
    @NoPatientData private String textDa = "";
    @Column(name = "text_en", nullable = false, length = 4000)
    @NoPatientData private String textEn = "";
    @Column(name = "checkpoint_da", length = 300)
    @NoPatientData private @Nullable String checkpointDa;
    @Column(name = "checkpoint_en", length = 300)
    @NoPatientData private @Nullable String checkpointEn;

    protected PlanActivity() {
        this.phase = null;
    }

    PlanActivity(PlanPhase phase, TargetGroup targetGroup, int sortOrder) {
        this.phase = phase;
        this.targetGroup = targetGroup;
        this.sortOrder = sortOrder;
    }

    void describe(String textDa, String textEn, @Nullable String checkpointDa, @Nullable String checkpointEn) {
        this.textDa = textDa;
        this.textEn = textEn;
        this.checkpointDa = blankToNull(checkpointDa);
        this.checkpointEn = blankToNull(checkpointEn);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    PlanPhase phase() {
        return phase;
    }

    boolean tracked() {
        return checkpointDa != null;
    }

    PlanService.Activity toView() {
        return new PlanService.Activity(id(), phase.id(), phase.code(), targetGroup, sortOrder, textDa, textEn,
                checkpointDa, checkpointEn, getVersion());
    }
}
