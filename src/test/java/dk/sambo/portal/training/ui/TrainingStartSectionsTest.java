package dk.sambo.portal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.training.domain.Approvals;
import dk.sambo.portal.training.domain.RecordItem;
import dk.sambo.portal.training.domain.TrainingCalendar;

/** The calendar's sections on "Min side" show each person's own live figures. */
class TrainingStartSectionsTest extends KaribuTest {

    @Autowired
    TrainingCalendar calendar;

    @Autowired
    Approvals approvals;

    @Test
    void a_nurse_sees_her_next_sessions_and_her_training_at_a_glance() {
        login("sygeplejerske");
        var next = calendar.mySessions().stream()
                .filter(r -> r.start() != null && r.start().isAfter(clock.instant()) && !r.cancelled()
                        && r.status() != null && r.status().active())
                .sorted(java.util.Comparator.comparing(RecordItem::start)).findFirst();
        navigate("");
        var page = PageText.now();
        assertThat(page).contains("Mine næste aktiviteter", "Min træning", "de sidste 90 dage");
        next.ifPresent(first -> assertThat(page).contains(first.title()));
    }

    @Test
    void a_line_manager_sees_how_many_sign_ups_wait_for_her_approval() {
        login("leder");
        int waiting = approvals.pendingApprovals().size();
        assertThat(waiting).isPositive();
        navigate("");
        var page = PageText.now();
        assertThat(page).contains("Tilmeldinger til godkendelse", waiting + "\nventer på dig");
    }

    @Test
    void a_culture_bearer_sees_this_months_log_and_the_quick_log_link() {
        login("kulturbaerer");
        navigate("");
        assertThat(PageText.now()).contains("Min træningslog denne måned", "Log træning");
    }

    @Test
    void the_strategic_level_is_pointed_to_the_overview() {
        login("strategisk");
        navigate("");
        assertThat(PageText.now()).contains("Organisationsoverblik", "Åbn overblikket");
    }
}
