package dk.sambo.portal.plan;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/** One of the plan's four phases (launch, competence development, change management, realisation). */
@Entity
@Table(name = "plan_phase")
class PlanPhase extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 30)
    private String code = "";
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "name_da", nullable = false)
    @NoPatientData private String nameDa = "";
    @Column(name = "name_en", nullable = false)
    @NoPatientData private String nameEn = "";
    @Column(name = "purpose_da", nullable = false)
    @NoPatientData private String purposeDa = "";
    @Column(name = "purpose_en", nullable = false)
    @NoPatientData private String purposeEn = "";
    @Column(name = "timing_da", nullable = false)
    @NoPatientData private String timingDa = "";
    @Column(name = "timing_en", nullable = false)
    @NoPatientData private String timingEn = "";
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn = LocalDate.EPOCH;
    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    protected PlanPhase() {
    }

    PlanPhase(String code, int sortOrder, String nameDa, String nameEn) {
        this.code = code;
        this.sortOrder = sortOrder;
        this.nameDa = nameDa;
        this.nameEn = nameEn;
    }

    void describe(String purposeDa, String purposeEn, String timingDa, String timingEn, LocalDate startsOn,
            @Nullable LocalDate endsOn) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("plan.error.period");
        }
        this.purposeDa = purposeDa;
        this.purposeEn = purposeEn;
        this.timingDa = timingDa;
        this.timingEn = timingEn;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    String code() {
        return code;
    }

    int sortOrder() {
        return sortOrder;
    }

    PlanService.Phase toView() {
        return new PlanService.Phase(id(), code, sortOrder, nameDa, nameEn, purposeDa, purposeEn, timingDa, timingEn,
                startsOn, endsOn, getVersion());
    }

    static String pick(Locale locale, String da, String en) {
        return "en".equals(locale.getLanguage()) ? en : da;
    }
}
